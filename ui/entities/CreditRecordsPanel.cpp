#include "CreditRecordsPanel.h"

#include "common/JobRunner.h"
#include "db/Database.h"
#include "enforcement/Money.h"

#include <QBrush>
#include <QFrame>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
// Incentives and restrictions must be told apart at a glance, also by those who do not see colour well:
// the kind is written out in its own column and the rows are tinted.
const QColor IncentiveTint(0xe3, 0xf4, 0xe6);
const QColor IncentiveText(0x1b, 0x6b, 0x2f);
const QColor RestrictionTint(0xfb, 0xe5, 0xe3);
const QColor RestrictionText(0xa3, 0x1f, 0x14);

QString isoOrDash(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

QTreeWidget *compactList(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(CreditRecordsPanel::tr("Reading the records…"), parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QWidget *boxed(const QString &title, QTreeWidget *list, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(list);
    return box;
}
} // namespace

CreditRecordsPanel::CreditRecordsPanel(Database &db, qint64 entityId, const QDate &asOf, QWidget *parent)
    : QObject(parent), m_entityId(entityId), m_asOf(asOf), m_runner(new JobRunner(db, this)), m_measuresPage(new QWidget(parent)),
      m_recordsPage(new QWidget(parent))
{
    m_measuresStatus = statusLabel(QStringLiteral("profileMeasuresStatus"), m_measuresPage);
    m_measures = new QTreeWidget(m_measuresPage);
    m_measures->setObjectName(QStringLiteral("profileMeasures"));
    m_measures->setRootIsDecorated(false);
    m_measures->setWordWrap(true);
    m_measures->setHeaderLabels({tr("Kind"), tr("Measure"), tr("Why it applies"), tr("Legal basis")});
    m_measures->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_measures->setColumnWidth(0, 70);
    m_measures->setColumnWidth(1, 190);
    m_measures->setColumnWidth(2, 280);
    // A reason or a legal basis is often longer than its column: the selected measure is shown in full below.
    m_measureDetail = new QLabel(m_measuresPage);
    m_measureDetail->setObjectName(QStringLiteral("profileMeasureDetail"));
    m_measureDetail->setTextFormat(Qt::RichText);
    m_measureDetail->setWordWrap(true);
    m_measureDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_measureDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_measureDetail->setFrameShape(QFrame::StyledPanel);
    m_measureDetail->setMargin(6);
    m_measureDetail->setMinimumHeight(110);
    connect(m_measures, &QTreeWidget::currentItemChanged, this, &CreditRecordsPanel::showMeasureDetail);
    auto *measuresLayout = new QVBoxLayout(m_measuresPage);
    measuresLayout->addWidget(m_measuresStatus);
    measuresLayout->addWidget(m_measures, 1);
    measuresLayout->addWidget(m_measureDetail);

    m_recordsStatus = statusLabel(QStringLiteral("profileRecordsStatus"), m_recordsPage);
    m_penalties = compactList(QStringLiteral("profilePenalties"),
                              {tr("Decision no."), tr("Violation"), tr("Decided on"), tr("Fine (yuan)"), tr("Severity"), tr("Publicity ends"),
                               tr("State")},
                              m_recordsPage);
    m_commitments = compactList(QStringLiteral("profileCommitments"),
                                {tr("Commitment code"), tr("Type"), tr("Made on"), tr("Fulfilment"), tr("Verified on"), tr("Matter")},
                                m_recordsPage);
    m_licences = compactList(QStringLiteral("profileLicences"),
                             {tr("Licence no."), tr("Certificate"), tr("Decided on"), tr("Valid to"), tr("Status"), tr("Authority")},
                             m_recordsPage);
    auto *split = new QSplitter(Qt::Vertical, m_recordsPage);
    split->setChildrenCollapsible(false);
    split->addWidget(boxed(tr("Administrative penalties"), m_penalties, split));
    split->addWidget(boxed(tr("Commitments"), m_commitments, split));
    split->addWidget(boxed(tr("Licences"), m_licences, split));
    auto *recordsLayout = new QVBoxLayout(m_recordsPage);
    recordsLayout->addWidget(m_recordsStatus);
    recordsLayout->addWidget(split, 1);

    connect(m_runner, &JobRunner::succeeded, this, [this] {
        showMeasures();
        showPenalties();
        showCommitments();
        showLicences();
        emit loaded(int(m_records.measures.size()),
                    int(m_records.penalties.size() + m_records.commitments.size() + m_records.licences.size()));
    });
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) { showFailure(message); });
    m_runner->start([this](Database &worker, ImportJob &) {
        Records r;
        r.measures = MeasureCatalogue::applicable(worker, m_entityId, m_asOf);
        r.penalties = PenaltyRecord::ofEntity(worker.sql(), m_entityId);
        r.commitments = EntityApprovalRecords::commitments(worker.sql(), m_entityId);
        r.licences = EntityApprovalRecords::licences(worker.sql(), m_entityId);
        m_records = std::move(r);
    });
}

CreditRecordsPanel::~CreditRecordsPanel()
{
    delete m_runner;  // waits for a read still running: it writes into m_records
}

bool CreditRecordsPanel::isLoading() const
{
    return m_runner->isRunning();
}

void CreditRecordsPanel::showMeasures()
{
    m_measures->clear();
    int incentives = 0;
    for (const ApplicableMeasure &m : m_records.measures) {
        const bool incentive = m.measure.kind == QLatin1String("incentive");
        incentives += incentive ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_measures, {MeasureCatalogue::kindLabel(m.measure.kind), m.measure.name, m.reason, m.measure.legalBasis});
        item->setData(0, Qt::UserRole, m.measure.code);
        item->setData(0, Qt::UserRole + 1, m.measure.kind);
        item->setToolTip(1, m.measure.description.isEmpty() ? m.measure.code : QStringLiteral("%1 — %2").arg(m.measure.code, m.measure.description));
        item->setToolTip(2, m.reason);
        item->setToolTip(3, m.measure.legalBasis);
        for (int c = 0; c < m_measures->columnCount(); ++c)
            item->setBackground(c, incentive ? IncentiveTint : RestrictionTint);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setForeground(0, incentive ? IncentiveText : RestrictionText);
    }
    if (m_measures->topLevelItemCount() > 0)
        m_measures->setCurrentItem(m_measures->topLevelItem(0));
    showMeasureDetail();
    const int restrictions = int(m_records.measures.size()) - incentives;
    if (m_records.measures.isEmpty())
        m_measuresStatus->setText(tr("No incentive or restriction applies on %1.").arg(m_asOf.toString(Qt::ISODate)));
    else
        m_measuresStatus->setText(tr("Applicable on %1 — incentives: %2, restrictions: %3.")
                                      .arg(m_asOf.toString(Qt::ISODate))
                                      .arg(incentives)
                                      .arg(restrictions));
}

void CreditRecordsPanel::showMeasureDetail()
{
    QTreeWidgetItem *item = m_measures->currentItem();
    const int row = item ? m_measures->indexOfTopLevelItem(item) : -1;
    if (row < 0 || row >= m_records.measures.size()) {
        m_measureDetail->clear();
        return;
    }
    const ApplicableMeasure &m = m_records.measures.at(row);
    const bool incentive = m.measure.kind == QLatin1String("incentive");
    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b> <b>%3</b> (%4)</p>")
                       .arg((incentive ? IncentiveText : RestrictionText).name(), MeasureCatalogue::kindLabel(m.measure.kind).toHtmlEscaped(),
                            m.measure.name.toHtmlEscaped(), m.measure.code.toHtmlEscaped());
    if (!m.measure.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m.measure.description.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                .arg(tr("Why it applies:").toHtmlEscaped(), m.reason.toHtmlEscaped(), tr("Legal basis:").toHtmlEscaped(),
                     m.measure.legalBasis.toHtmlEscaped());
    m_measureDetail->setText(html);
}

void CreditRecordsPanel::showPenalties()
{
    m_penalties->clear();
    for (const PenaltyRecord &p : m_records.penalties) {
        const QString state = p.stateOn(m_asOf);
        const QString stateText = state == QLatin1String("repaired") ? tr("repaired on %1").arg(p.repairedOn.toString(Qt::ISODate))
                                                                     : PenaltyRecord::stateLabel(state);
        auto *item = new QTreeWidgetItem(m_penalties, {p.decisionNo, p.violation, isoOrDash(p.decidedOn), money::yuanText(p.fineFen),
                                                       PenaltyRecord::severityLabel(p.severity), isoOrDash(p.publicityEnd), stateText});
        item->setData(0, Qt::UserRole, state);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, p.violation);
        if (state == QLatin1String("in_publicity"))
            item->setForeground(6, RestrictionText);
        else
            item->setForeground(6, IncentiveText);
    }
    if (m_records.penalties.isEmpty())
        new QTreeWidgetItem(m_penalties, {tr("No administrative penalties recorded.")});
}

void CreditRecordsPanel::showCommitments()
{
    m_commitments->clear();
    for (const EntityCommitment &c : m_records.commitments) {
        auto *item = new QTreeWidgetItem(m_commitments, {c.code, c.type, isoOrDash(c.madeOn), EntityApprovalRecords::fulfilmentLabel(c),
                                                         isoOrDash(c.statusOn), c.reason});
        item->setData(0, Qt::UserRole, c.falseCommitment ? QStringLiteral("false") : c.status);
        if (c.falseCommitment || c.status == QLatin1String("unfulfilled") || c.status == QLatin1String("partial"))
            item->setForeground(3, RestrictionText);
        if (!c.statusUnit.isEmpty())
            item->setToolTip(4, c.statusUnit);
    }
    if (m_records.commitments.isEmpty())
        new QTreeWidgetItem(m_commitments, {tr("No commitments made.")});
}

void CreditRecordsPanel::showLicences()
{
    m_licences->clear();
    for (const EntityLicence &l : m_records.licences) {
        auto *item = new QTreeWidgetItem(m_licences, {l.licenceNo, l.certificate, isoOrDash(l.decidedOn), isoOrDash(l.validTo),
                                                      EntityApprovalRecords::licenceStatusLabel(l.status), l.authority});
        item->setData(0, Qt::UserRole, l.status);
        item->setToolTip(0, l.decisionNo);
        if (!l.remark.isEmpty())
            item->setToolTip(4, l.remark);
        if (l.status == QLatin1String("1"))
            item->setForeground(4, RestrictionText);
    }
    if (m_records.licences.isEmpty())
        new QTreeWidgetItem(m_licences, {tr("No licences granted.")});
    m_recordsStatus->setText(tr("Penalty records: %1; commitments: %2; licences: %3. States as of %4.")
                                 .arg(m_records.penalties.size())
                                 .arg(m_records.commitments.size())
                                 .arg(m_records.licences.size())
                                 .arg(m_asOf.toString(Qt::ISODate)));
}

void CreditRecordsPanel::showFailure(const QString &message)
{
    const QString text = tr("The records could not be read: %1").arg(message);
    m_measuresStatus->setText(text);
    m_recordsStatus->setText(text);
}

} // namespace cl
