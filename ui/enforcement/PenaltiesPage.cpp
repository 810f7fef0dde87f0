#include "PenaltiesPage.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "db/Database.h"
#include "registry/EntityRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

PenaltiesPage::PenaltiesPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("penaltyEntitySearch"));
    m_search->setPlaceholderText(tr("Credit code or name"));
    auto *find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("penaltyFindEntity"));
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("penaltyEntityChoice"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Entity:"), this));
    top->addWidget(m_search, 1);
    top->addWidget(find);
    top->addWidget(m_entity, 2);

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("penaltyTable"));
    m_table->setHorizontalHeaderLabels({tr("Decision number"), tr("Decided on"), tr("Content"), tr("Severity"), tr("Repair from"),
                                        tr("Publicity until"), tr("State"), tr("Repair application")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *repairBox = new QGroupBox(tr("Credit repair"), this);
    auto *form = new QFormLayout(repairBox);
    m_commitmentCode = new QLineEdit(repairBox);
    m_commitmentCode->setObjectName(QStringLiteral("commitmentCode"));
    m_commitmentCode->setPlaceholderText(tr("20 digits, e.g. 37068120260902000001"));
    m_commitmentContent = new QPlainTextEdit(repairBox);
    m_commitmentContent->setObjectName(QStringLiteral("commitmentContent"));
    m_commitmentContent->setMaximumHeight(60);
    m_date = new QDateEdit(Clock::today(), repairBox);
    m_date->setObjectName(QStringLiteral("repairDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_rejectReason = new QLineEdit(repairBox);
    m_rejectReason->setObjectName(QStringLiteral("rejectReason"));
    form->addRow(tr("Credit-repair commitment code:"), m_commitmentCode);
    form->addRow(tr("Commitment content:"), m_commitmentContent);
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Reason for rejecting:"), m_rejectReason);
    m_apply = new QPushButton(tr("Register &application"), repairBox);
    m_apply->setObjectName(QStringLiteral("applyRepair"));
    m_grant = new QPushButton(tr("&Grant repair"), repairBox);
    m_grant->setObjectName(QStringLiteral("grantRepair"));
    m_reject = new QPushButton(tr("Re&ject"), repairBox);
    m_reject->setObjectName(QStringLiteral("rejectRepair"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_grant);
    form->addRow(buttons);

    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("penaltyMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(repairBox);
    layout->addWidget(m_message);

    connect(find, &QPushButton::clicked, this, [this] { findEntity(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findEntity(m_search->text()); });
    connect(m_entity, &QComboBox::currentIndexChanged, this, &PenaltiesPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PenaltiesPage::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, [this] { applyForRepair(); });
    connect(m_grant, &QPushButton::clicked, this, [this] { grantRepair(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectRepair(); });
    updateButtons();
}

bool PenaltiesPage::findEntity(const QString &text)
{
    m_message->clearMessage();
    m_entities = EntityRepository(m_db).search(text.trimmed(), 30);
    {
        const QSignalBlocker block(m_entity);
        m_entity->clear();
        for (const Entity &e : m_entities)
            m_entity->addItem(QStringLiteral("%1 %2").arg(e.code, e.name), e.id);
    }
    if (m_entities.isEmpty())
        m_message->showMessage(tr("No entity matches \"%1\".").arg(text.trimmed()), ErrorLabel::Tone::Warning);
    reload();
    return !m_entities.isEmpty();
}

void PenaltiesPage::reload()
{
    const int keep = m_table->currentRow();
    m_penalties = m_entity->currentIndex() < 0 ? QList<PenaltyRecord>()
                                               : PenaltyRecord::ofEntity(m_db.sql(), m_entity->currentData().toLongLong());
    m_table->setRowCount(int(m_penalties.size()));
    const QDate today = m_date->date();
    CreditRepair repair(m_db);
    for (int r = 0; r < m_penalties.size(); ++r) {
        const PenaltyRecord &p = m_penalties.at(r);
        QString application;
        const QList<CreditRepair::Application> apps = repair.applications(p.id);
        if (!apps.isEmpty()) {
            const CreditRepair::Application &a = apps.constLast();
            application = a.status == QLatin1String("applied") ? tr("applied %1").arg(a.appliedOn.toString(Qt::ISODate))
                        : a.status == QLatin1String("granted") ? tr("granted %1").arg(a.decidedOn.toString(Qt::ISODate))
                                                               : tr("rejected %1: %2").arg(a.decidedOn.toString(Qt::ISODate), a.note);
        }
        const QStringList cells{p.decisionNo, p.decidedOn.toString(Qt::ISODate), p.content, PenaltyRecord::severityLabel(p.severity),
                                p.repairFrom.toString(Qt::ISODate), p.publicityEnd.toString(Qt::ISODate),
                                PenaltyRecord::stateLabel(p.stateOn(today)), application};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    if (keep >= 0 && keep < m_table->rowCount())
        m_table->selectRow(keep);
    updateButtons();
}

void PenaltiesPage::selectPenalty(int row)
{
    m_table->selectRow(row);
    updateButtons();
}

std::optional<PenaltyRecord> PenaltiesPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_penalties.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_penalties.at(row);
}

std::optional<CreditRepair::Application> PenaltiesPage::pendingApplication() const
{
    const std::optional<PenaltyRecord> p = selected();
    if (!p)
        return std::nullopt;
    for (const CreditRepair::Application &a : CreditRepair(m_db).applications(p->id))
        if (a.status == QLatin1String("applied"))
            return a;
    return std::nullopt;
}

void PenaltiesPage::updateButtons()
{
    const std::optional<PenaltyRecord> p = selected();
    const bool pending = pendingApplication().has_value();
    m_apply->setEnabled(p && !p->repairedOn.isValid() && !pending);
    m_grant->setEnabled(pending);
    m_reject->setEnabled(pending);
}

bool PenaltiesPage::applyForRepair()
{
    const std::optional<PenaltyRecord> p = selected();
    if (!p)
        return false;
    try {
        const CreditRepair::Application a = CreditRepair(m_db).apply(m_actor, p->id, m_date->date(), m_commitmentCode->text(),
                                                                     m_commitmentContent->toPlainText());
        m_message->showMessage(tr("Repair application for %1 registered (%2).").arg(p->decisionNo, a.appliedOn.toString(Qt::ISODate)),
                               ErrorLabel::Tone::Info);
        reload();
        return true;
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return false;
    }
}

bool PenaltiesPage::grantRepair()
{
    const std::optional<CreditRepair::Application> a = pendingApplication();
    if (!a)
        return false;
    try {
        const PenaltyRecord p = CreditRepair(m_db).grant(m_actor, a->id, m_date->date());
        m_message->showMessage(tr("Repair granted: penalty %1 no longer counts from %2.").arg(p.decisionNo, p.repairedOn.toString(Qt::ISODate)),
                               ErrorLabel::Tone::Info);
        reload();
        return true;
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return false;
    }
}

bool PenaltiesPage::rejectRepair()
{
    const std::optional<CreditRepair::Application> a = pendingApplication();
    if (!a)
        return false;
    try {
        CreditRepair(m_db).reject(m_actor, a->id, m_date->date(), m_rejectReason->text());
        m_message->showMessage(tr("Repair application rejected."), ErrorLabel::Tone::Info);
        reload();
        return true;
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return false;
    }
}

} // namespace cl
