#include "ImportResultPage.h"

#include "AffectedEntitiesDialog.h"
#include "GradeImportWizard.h"
#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
struct Count
{
    const char *objectName;
    const char *label;
};
// The counts shown, in the order of DOMAIN.md's "imported / updated / unchanged / rejected".
const Count Counts[] = {
    {"resultInserted", QT_TRANSLATE_NOOP("cl::ImportResultPage", "Imported (new)")},
    {"resultUpdated", QT_TRANSLATE_NOOP("cl::ImportResultPage", "Updated")},
    {"resultUnchanged", QT_TRANSLATE_NOOP("cl::ImportResultPage", "Unchanged")},
    {"resultRejected", QT_TRANSLATE_NOOP("cl::ImportResultPage", "Rejected")},
    {"resultEntitiesCreated", QT_TRANSLATE_NOOP("cl::ImportResultPage", "New entities")},
    {"resultLightsChanged", QT_TRANSLATE_NOOP("cl::ImportResultPage", "Lights changed")},
};

QStandardItem *numberItem(qint64 n)
{
    auto *item = new QStandardItem;
    item->setData(n, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ImportResultPage::ImportResultPage(GradeImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_note(new QLabel(this)), m_files(new QTableWidget(0, 9, this)),
      m_issues(new QStandardItemModel(0, IssueColumns, this)), m_sorted(new QSortFilterProxyModel(this)),
      m_issuesView(new QTableView(this)), m_export(new QPushButton(tr("E&xport rejected rows…"), this)),
      m_showAffected(new QPushButton(tr("Show &affected entities…"), this)), m_exported(new QLabel(this))
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Result"));
    setFinalPage(true);

    auto *counts = new QGridLayout;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    int column = 0;
    for (const Count &c : Counts) {
        auto *value = new QLabel(QStringLiteral("0"), this);
        value->setObjectName(QString::fromLatin1(c.objectName));
        value->setFont(big);
        value->setAlignment(Qt::AlignCenter);
        auto *label = new QLabel(tr(c.label), this);
        label->setAlignment(Qt::AlignCenter);
        counts->addWidget(value, 0, column);
        counts->addWidget(label, 1, column);
        ++column;
    }
    m_note->setObjectName(QStringLiteral("resultNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_files->setObjectName(QStringLiteral("resultFiles"));
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Rows"), tr("Imported"), tr("Updated"), tr("Unchanged"), tr("Rejected"),
                                        tr("New entities"), tr("Batch"), tr("Note")});
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_files->setMaximumHeight(120);

    m_issues->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Reason"), tr("Kind")});
    m_sorted->setSourceModel(m_issues);
    m_sorted->setSortRole(Qt::DisplayRole);
    m_issuesView->setObjectName(QStringLiteral("rejectedTable"));
    m_issuesView->setModel(m_sorted);
    m_issuesView->setSortingEnabled(true);
    m_issuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesView->setAlternatingRowColors(true);
    m_issuesView->setWordWrap(false);
    m_issuesView->verticalHeader()->hide();
    m_issuesView->horizontalHeader()->setStretchLastSection(false);
    m_issuesView->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    auto *issuesLabel = new QLabel(tr("&Rejected rows and warnings (click a column header to sort):"), this);
    issuesLabel->setBuddy(m_issuesView);

    m_export->setObjectName(QStringLiteral("exportRejectedButton"));
    m_export->setToolTip(tr("The rejected rows with their original columns and the reason, as CSV (UTF-8, opens in Excel): "
                            "correct them and import the file again."));
    connect(m_export, &QPushButton::clicked, this, &ImportResultPage::chooseExportTarget);
    m_showAffected->setObjectName(QStringLiteral("showAffectedButton"));
    connect(m_showAffected, &QPushButton::clicked, this, &ImportResultPage::showAffected);
    m_exported->setObjectName(QStringLiteral("exportedNote"));
    m_exported->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_showAffected);
    buttons->addWidget(m_exported, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(counts);
    layout->addWidget(m_note);
    layout->addWidget(m_files);
    layout->addWidget(issuesLabel);
    layout->addWidget(m_issuesView, 1);
    layout->addLayout(buttons);
}

void ImportResultPage::initializePage()
{
    const QList<ImportFileOutcome> &outcomes = m_wizard->importOutcomes();
    qint64 values[6] = {0, 0, 0, 0, 0, 0};
    QStringList notes;
    m_files->setRowCount(int(outcomes.size()));
    m_issues->removeRows(0, m_issues->rowCount());
    for (int i = 0; i < outcomes.size(); ++i) {
        const ImportFileOutcome &o = outcomes.at(i);
        const GradeImportResult &r = o.result;
        const QString name = QFileInfo(o.path).fileName();
        auto *file = new QTableWidgetItem(name);
        file->setToolTip(o.path);
        m_files->setItem(i, 0, file);
        QString note;
        if (o.ok && r.alreadyImported) {
            note = r.alreadyImportedNote;
        } else if (o.ok) {
            values[0] += r.inserted;
            values[1] += r.updated;
            values[2] += r.unchanged;
            values[3] += r.rejected;
            values[4] += r.entitiesCreated;
            values[5] += r.lights.changed;
            const qint64 cells[] = {r.rowsTotal, r.inserted, r.updated, r.unchanged, r.rejected, r.entitiesCreated, r.batchId};
            for (int c = 0; c < 7; ++c) {
                auto *item = new QTableWidgetItem;
                item->setData(Qt::DisplayRole, cells[c]);
                m_files->setItem(i, c + 1, item);
            }
            const QString took = r.elapsedMs < 1000 ? tr("%1 ms").arg(r.elapsedMs)
                                                    : tr("%1 s").arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1);
            note = tr("%1, %2: batch %3, %Ln row(s) read in %4.", nullptr, int(r.rowsTotal))
                       .arg(r.format, r.encoding)
                       .arg(r.batchId)
                       .arg(took);
        } else if (o.cancelled) {
            note = o.error;
        } else if (!o.ran) {
            note = o.error.isEmpty() ? tr("Not imported: the import was cancelled before this file.")
                                     : tr("Not imported: %1").arg(o.error);
        } else {
            note = tr("Not imported: %1").arg(o.error);
        }
        m_files->setItem(i, 8, new QTableWidgetItem(note));
        m_files->item(i, 8)->setToolTip(note);
        if (!note.isEmpty())
            notes << QStringLiteral("%1: %2").arg(name, note);

        for (const ImportIssue &issue : r.issues) {
            QList<QStandardItem *> row;
            row << new QStandardItem(name) << numberItem(issue.row) << new QStandardItem(issue.column);
            auto *reason = new QStandardItem(issue.message);
            reason->setToolTip(issue.message);
            row << reason
                << new QStandardItem(issue.severity == ImportIssue::Rejected ? tr("rejected") : tr("warning"));
            m_issues->appendRow(row);
        }
    }
    for (int c = 0; c < 6; ++c)
        findChild<QLabel *>(QString::fromLatin1(Counts[c].objectName))->setText(QLocale().toString(values[c]));
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    m_files->setVisible(outcomes.size() > 1);
    m_files->resizeColumnsToContents();
    m_issuesView->setColumnHidden(FileColumn, outcomes.size() < 2);
    m_issuesView->sortByColumn(RowColumn, Qt::AscendingOrder);
    m_issuesView->resizeColumnToContents(RowColumn);
    m_issuesView->resizeColumnToContents(ColumnColumn);
    m_issuesView->resizeColumnToContents(KindColumn);
    m_export->setEnabled(!reports().isEmpty());
    m_showAffected->setEnabled(!affectedEntityIds().isEmpty());
    m_exported->clear();
}

QStringList ImportResultPage::reports() const
{
    QStringList out;
    for (const ImportFileOutcome &o : m_wizard->importOutcomes())
        if (o.ok && !o.reportPath.isEmpty() && QFileInfo::exists(o.reportPath))
            out << o.reportPath;
    return out;
}

QList<qint64> ImportResultPage::affectedEntityIds() const
{
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const ImportFileOutcome &o : m_wizard->importOutcomes())
        for (const qint64 id : o.result.sampleEntityIds)
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
    return ids;
}

QStringList ImportResultPage::exportRejected(const QString &target) const
{
    QStringList written;
    QList<QPair<QString, QString>> copies;  // report → destination
    const QStringList sources = reports();
    if (sources.size() == 1) {
        copies.append({sources.first(), target});
    } else {
        for (const ImportFileOutcome &o : m_wizard->importOutcomes())
            if (sources.contains(o.reportPath))
                copies.append({o.reportPath, QDir(target).filePath(QFileInfo(o.path).completeBaseName() + tr("-rejected") + QStringLiteral(".csv"))});
    }
    for (const auto &[from, to] : copies) {
        if (QFileInfo::exists(to) && !QFile::remove(to))
            throw Error(ErrorKind::Io, tr("Cannot replace %1.").arg(QDir::toNativeSeparators(to)));
        if (!QFile::copy(from, to))
            throw Error(ErrorKind::Io, tr("Cannot write %1.").arg(QDir::toNativeSeparators(to)));
        written << to;
    }
    return written;
}

void ImportResultPage::chooseExportTarget()
{
    const QStringList sources = reports();
    if (sources.isEmpty())
        return;
    QString target;
    if (sources.size() == 1) {
        QString suggestion;
        for (const ImportFileOutcome &o : m_wizard->importOutcomes())
            if (o.reportPath == sources.first())
                suggestion = QFileInfo(o.path).dir().filePath(QFileInfo(o.path).completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
        target = QFileDialog::getSaveFileName(this, tr("Export rejected rows"), suggestion, tr("CSV files (*.csv)"));
    } else {
        target = QFileDialog::getExistingDirectory(this, tr("Folder for the rejected rows of each file"));
    }
    if (target.isEmpty())
        return;
    try {
        const QStringList written = exportRejected(target);
        m_exported->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(written.join(QStringLiteral(", ")))));
    } catch (const Error &e) {
        m_exported->setText(e.message());
    }
}

void ImportResultPage::showAffected()
{
    auto *dialog = new AffectedEntitiesDialog(m_wizard->database(), m_wizard->actor(), affectedEntityIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace cl
