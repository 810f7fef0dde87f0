#include "RecordOutcomeDialog.h"

#include "approval/ItemCatalogue.h"
#include "common/ErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cl {

RecordOutcomeDialog::RecordOutcomeDialog(const VerificationTask &task, const QString &verifier, const QDate &today, QWidget *parent)
    : QDialog(parent), m_taskId(task.id), m_outcome(new QComboBox(this)), m_date(new QDateEdit(today, this)), m_method(new QComboBox(this)),
      m_verifier(new QLineEdit(verifier, this)), m_notes(new QPlainTextEdit(this)), m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("recordOutcomeDialog"));
    setWindowTitle(tr("Record verification outcome"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (const QString &o : VerificationService::outcomes())
        m_outcome->addItem(VerificationService::outcomeLabel(o), o);
    m_date->setObjectName(QStringLiteral("verifiedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_method->setObjectName(QStringLiteral("verifyMethod"));
    for (const QString &m : ItemCatalogue::verifyMethods())
        m_method->addItem(ItemCatalogue::verifyMethodLabel(m), m);
    m_method->setCurrentIndex(m_method->findData(task.method));
    m_verifier->setObjectName(QStringLiteral("verifier"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("<b>%1</b> — %2<br>%3, due %4").arg(task.commitmentCode, task.entityName.toHtmlEscaped(), task.itemName.toHtmlEscaped(),
                                                                      task.dueOn.toString(Qt::ISODate)), this));
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Verifier:"), m_verifier);
    form->addRow(tr("&Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordOutcomeOk"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

VerificationOutcome RecordOutcomeDialog::outcome() const
{
    return VerificationOutcome{m_outcome->currentData().toString(), m_date->date(), m_method->currentData().toString(), m_verifier->text().trimmed(),
                               m_notes->toPlainText().trimmed()};
}

void RecordOutcomeDialog::setOutcome(const QString &outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(outcome));
}

void RecordOutcomeDialog::showError(const QString &message)
{
    m_error->showMessage(message);
}

} // namespace cl
