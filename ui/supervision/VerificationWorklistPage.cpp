#include "VerificationWorklistPage.h"

#include "RecordOutcomeDialog.h"
#include "approval/ItemCatalogue.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum Column { CodeColumn, EntityColumn, ItemColumn, DepartmentColumn, MethodColumn, PushedColumn, DueColumn, StateColumn, Columns };
}

VerificationWorklistPage::VerificationWorklistPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_department(new QComboBox(this)), m_filter(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_record(new QPushButton(tr("&Record outcome…"), this)), m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("verificationWorklist"));
    m_department->setObjectName(QStringLiteral("worklistDepartment"));
    m_department->addItem(tr("All departments"), 0);
    for (const NamedRow &d : ReferenceData::departments(db.sql()))
        m_department->addItem(d.name, d.id);
    m_department->setCurrentIndex(qMax(0, m_department->findData(actor.departmentId)));
    m_filter->setObjectName(QStringLiteral("worklistFilter"));
    m_filter->addItem(tr("Due soon"), int(VerificationService::Filter::DueSoon));
    m_filter->addItem(tr("Overdue"), int(VerificationService::Filter::Overdue));
    m_filter->addItem(tr("All pending"), int(VerificationService::Filter::Pending));
    m_filter->addItem(tr("Done"), int(VerificationService::Filter::Done));
    m_filter->setCurrentIndex(2);
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setColumnCount(Columns);
    m_table->setHorizontalHeaderLabels({tr("Commitment code"), tr("Entity"), tr("Item"), tr("Department"), tr("Method"), tr("Pushed"), tr("Due"),
                                        tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_record->setObjectName(QStringLiteral("recordOutcome"));

    auto *top = new QHBoxLayout;
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(m_department);
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    top->addWidget(departmentLabel);
    top->addWidget(m_department);
    top->addWidget(filterLabel);
    top->addWidget(m_filter);
    top->addStretch();
    top->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);

    connect(m_department, &QComboBox::currentIndexChanged, this, &VerificationWorklistPage::reload);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &VerificationWorklistPage::reload);
    connect(m_record, &QPushButton::clicked, this, &VerificationWorklistPage::openRecordDialog);
    connect(m_table, &QTableWidget::itemActivated, this, &VerificationWorklistPage::openRecordDialog);
}

void VerificationWorklistPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void VerificationWorklistPage::setDepartment(qint64 departmentId)
{
    m_department->setCurrentIndex(qMax(0, m_department->findData(departmentId)));
}

void VerificationWorklistPage::setFilter(VerificationService::Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void VerificationWorklistPage::reload()
{
    const QDate today = Clock::today();
    try {
        m_tasks = VerificationService(m_db).worklist(m_department->currentData().toLongLong(),
                                                     VerificationService::Filter(m_filter->currentData().toInt()), today);
    } catch (const Error &e) {
        m_error->showMessage(e.message());
        return;
    }
    m_table->setRowCount(int(m_tasks.size()));
    for (int row = 0; row < m_tasks.size(); ++row) {
        const VerificationTask &t = m_tasks.at(row);
        const bool overdue = t.status == QLatin1String("pending") && t.dueOn < today;
        const QString state = t.status == QLatin1String("done")
                                  ? tr("%1 (%2, %3)").arg(VerificationService::outcomeLabel(t.outcome), t.verifiedOn.toString(Qt::ISODate), t.verifier)
                                  : overdue ? tr("Overdue") : tr("Pending");
        const QStringList cells{t.commitmentCode, t.entityName, t.itemName, t.department, ItemCatalogue::verifyMethodLabel(t.method),
                                t.pushedOn.toString(Qt::ISODate), t.dueOn.toString(Qt::ISODate), state};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (overdue)
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_record->setEnabled(!m_tasks.isEmpty());
}

bool VerificationWorklistPage::selectCommitment(const QString &code)
{
    for (int row = 0; row < m_tasks.size(); ++row)
        if (m_tasks.at(row).commitmentCode == code) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

RecordOutcomeDialog *VerificationWorklistPage::openRecordDialog()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tasks.size())
        return nullptr;
    const VerificationTask &task = m_tasks.at(row);
    if (task.status == QLatin1String("done")) {
        m_error->showMessage(tr("This commitment was already verified on %1 by %2.").arg(task.verifiedOn.toString(Qt::ISODate), task.verifier),
                             ErrorLabel::Tone::Warning);
        return nullptr;
    }
    auto *dialog = new RecordOutcomeDialog(task, m_actor.displayName, Clock::today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Recorded when accepted; a refusal (a date before the push, no verifier) is shown on the page.
    connect(dialog, &QDialog::accepted, this, [this, dialog] { record(dialog); });
    dialog->open();
    return dialog;
}

void VerificationWorklistPage::record(RecordOutcomeDialog *dialog)
{
    try {
        const VerificationTask t = VerificationService(m_db).record(m_actor, dialog->taskId(), dialog->outcome(), Clock::today());
        m_error->showMessage(t.outcome == QLatin1String("false")
                                 ? tr("False commitment recorded for %1: the licence is revoked and the light is red.").arg(t.entityName)
                                 : tr("Outcome recorded for %1: %2.").arg(t.entityName, VerificationService::outcomeLabel(t.outcome)),
                             ErrorLabel::Tone::Info);
        emit lightsChanged();
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    reload();
}

} // namespace cl
