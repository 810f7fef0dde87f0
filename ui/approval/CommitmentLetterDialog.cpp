#include "CommitmentLetterDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace cl {

namespace {
// The letter as HTML: first line the title, blank lines paragraph breaks.
QString letterHtml(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString html = QStringLiteral("<html><body style=\"font-size:12pt;\">");
    bool first = true;
    for (const QString &line : lines) {
        if (first) {
            html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(line.toHtmlEscaped());
            first = false;
            continue;
        }
        html += line.trimmed().isEmpty() ? QStringLiteral("<p>&nbsp;</p>") : QStringLiteral("<p style=\"margin:2px 0;\">%1</p>").arg(line.toHtmlEscaped());
    }
    return html + QStringLiteral("</body></html>");
}
} // namespace

CommitmentLetterDialog::CommitmentLetterDialog(const QString &appNo, const QString &letterText, QWidget *parent)
    : QDialog(parent), m_appNo(appNo), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("commitmentLetterDialog"));
    setWindowTitle(tr("Commitment letter — %1").arg(appNo));
    m_view->setObjectName(QStringLiteral("letterView"));
    m_view->setHtml(letterHtml(letterText));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printLetter"));
    print->setShortcut(QKeySequence::Print);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("saveLetterPdf"));
    connect(print, &QPushButton::clicked, this, &CommitmentLetterDialog::print);
    connect(pdf, &QPushButton::clicked, this, &CommitmentLetterDialog::choosePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 860);
}

QTextDocument *CommitmentLetterDialog::document() const
{
    return m_view->document();
}

bool CommitmentLetterDialog::savePdf(const QString &path, QString *error) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter));
    printer.setDocName(tr("Commitment letter %1").arg(m_appNo));
    std::unique_ptr<QTextDocument> copy(document()->clone());
    copy->print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("The PDF %1 could not be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void CommitmentLetterDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        document()->print(&printer);
}

void CommitmentLetterDialog::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the commitment letter as PDF"),
                                                      QDir::home().filePath(tr("Commitment letter %1.pdf").arg(m_appNo)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePdf(path, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace cl
