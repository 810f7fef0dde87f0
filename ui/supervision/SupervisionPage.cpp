#include "SupervisionPage.h"

#include "GradeImportWizard.h"
#include "SpotCheckPage.h"
#include "VerificationWorklistPage.h"
#include "auth/Authorizer.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/JobRunner.h"
#include "common/LightIcon.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "supervision/EvaluationRepository.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum BatchColumn { BatchIdColumn, BatchAtColumn, BatchFileColumn, BatchDepartmentColumn, BatchEncodingColumn, BatchRowsColumn,
                   BatchInsertedColumn, BatchUpdatedColumn, BatchUnchangedColumn, BatchRejectedColumn, BatchCreatedColumn,
                   BatchActorColumn, BatchColumns };

QString localTime(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}
} // namespace

SupervisionPage::SupervisionPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_statsRunner(new JobRunner(db, this)), m_tabs(new QTabWidget(this)),
      m_spotChecks(new SpotCheckPage(db, actor, this)), m_worklist(new VerificationWorklistPage(db, actor, this))
{
    setObjectName(QStringLiteral("supervisionPage"));
    m_tabs->setObjectName(QStringLiteral("supervisionTabs"));
    m_tabs->addTab(evaluationsTab(), tr("Graded &evaluations"));
    m_tabs->addTab(m_spotChecks, tr("Spot-check &plans"));
    m_tabs->addTab(m_worklist, tr("Commitment &verification"));
    connect(m_worklist, &VerificationWorklistPage::lightsChanged, this, &SupervisionPage::lightsChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_statsRunner, &JobRunner::succeeded, this, [this] {
        const LightStats &s = m_incomingStats;
        // Entities never computed count as grey (U1), as everywhere else.
        const qint64 counts[] = {s.overall.red, s.overall.yellow, s.overall.green, s.overall.grey + s.notComputed};
        for (int i = 0; i < m_statCounts.size(); ++i)
            m_statCounts.at(i)->setText(QStringLiteral("%1 %2").arg(LightEngine::lightLabel(LightIcon::lights().at(i)),
                                                                    QLocale().toString(counts[i])));
    });
    connect(m_statsRunner, &JobRunner::failed, this, [this](const QString &message, bool) { m_error->showMessage(message); });
}

SupervisionPage::~SupervisionPage()
{
    delete m_statsRunner;
}

QWidget *SupervisionPage::evaluationsTab()
{
    auto *page = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    if (Authorizer::allowed(m_db.sql(), m_actor, Permission::GradesImport)) {
        m_import = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import evaluations…"), page);
        m_import->setObjectName(QStringLiteral("importEvaluationsButton"));
        m_import->setToolTip(tr("Import a department's graded evaluations from CSV or XLSX files (Ctrl+I)"));
        m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        connect(m_import, &QPushButton::clicked, this, &SupervisionPage::openImportWizard);
        buttons->addWidget(m_import);
    }
    auto *refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), page);
    refresh->setObjectName(QStringLiteral("refreshBatches"));
    connect(refresh, &QPushButton::clicked, this, [this] {
        reloadBatches();
        reloadStats();
    });
    buttons->addWidget(refresh);
    buttons->addStretch();
    m_stats = new QWidget(page);
    m_stats->setObjectName(QStringLiteral("lightStats"));
    auto *stats = new QHBoxLayout(m_stats);
    stats->setContentsMargins(0, 0, 0, 0);
    stats->addWidget(new QLabel(tr("Lights now:"), m_stats));
    for (const QString &light : LightIcon::lights()) {
        auto *marker = new QLabel(m_stats);
        marker->setPixmap(LightIcon::pixmap(light, 14));
        auto *count = new QLabel(QStringLiteral("%1 …").arg(LightEngine::lightLabel(light)), m_stats);
        count->setObjectName(QStringLiteral("lightCount_%1").arg(light));
        stats->addSpacing(8);
        stats->addWidget(marker);
        stats->addWidget(count);
        m_statCounts << count;
    }
    buttons->addWidget(m_stats);

    m_batches = new QTableWidget(0, BatchColumns, page);
    m_batches->setObjectName(QStringLiteral("importBatches"));
    m_batches->setHorizontalHeaderLabels({tr("Batch"), tr("Imported"), tr("File"), tr("Department"), tr("Encoding"), tr("Rows"),
                                          tr("New"), tr("Updated"), tr("Unchanged"), tr("Rejected"), tr("New entities"), tr("By")});
    m_batches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batches->setAlternatingRowColors(true);
    m_batches->setWordWrap(false);
    m_batches->verticalHeader()->hide();
    m_batches->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto *title = new QLabel(tr("Recent &import batches:"), page);
    title->setBuddy(m_batches);

    m_error = new ErrorLabel(page);
    m_error->setObjectName(QStringLiteral("supervisionError"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(title);
    layout->addWidget(m_batches, 1);
    layout->addWidget(m_error);
    return page;
}

void SupervisionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadBatches();
    reloadStats();
}

void SupervisionPage::reloadBatches()
{
    m_error->clearMessage();
    QList<ImportBatchRow> batches;
    try {
        batches = EvaluationRepository(m_db).batches();
    } catch (const Error &e) {
        m_error->showMessage(e.message());
    }
    m_batches->setSortingEnabled(false);
    m_batches->setRowCount(int(batches.size()));
    for (int row = 0; row < batches.size(); ++row) {
        const ImportBatchRow &b = batches.at(row);
        auto number = [](qint64 n) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, n);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_batches->setItem(row, BatchIdColumn, number(b.id));
        m_batches->setItem(row, BatchAtColumn, new QTableWidgetItem(localTime(b.importedAt)));
        auto *file = new QTableWidgetItem(b.fileName);
        file->setToolTip(b.source == QLatin1String("sync") ? tr("Received from the city platform") : b.fileName);
        m_batches->setItem(row, BatchFileColumn, file);
        m_batches->setItem(row, BatchDepartmentColumn,
                           new QTableWidgetItem(b.departmentName.isEmpty() ? tr("(from the file)") : b.departmentName));
        m_batches->setItem(row, BatchEncodingColumn, new QTableWidgetItem(b.encoding));
        m_batches->setItem(row, BatchRowsColumn, number(b.rowsTotal));
        m_batches->setItem(row, BatchInsertedColumn, number(b.inserted));
        m_batches->setItem(row, BatchUpdatedColumn, number(b.updated));
        m_batches->setItem(row, BatchUnchangedColumn, number(b.unchanged));
        auto *rejected = number(b.rejected);
        if (b.rejected > 0)
            rejected->setForeground(QColor(0xc0, 0x39, 0x2b));
        m_batches->setItem(row, BatchRejectedColumn, rejected);
        m_batches->setItem(row, BatchCreatedColumn, number(b.entitiesCreated));
        m_batches->setItem(row, BatchActorColumn, new QTableWidgetItem(b.actor));
    }
    m_batches->setSortingEnabled(true);
    m_batches->resizeColumnsToContents();
    // The file name takes the spare width; the other columns are short.
    m_batches->horizontalHeader()->setSectionResizeMode(BatchFileColumn, QHeaderView::Stretch);
}

void SupervisionPage::reloadStats()
{
    if (m_statsRunner->isRunning())
        return;
    m_statsRunner->start([this](Database &db, ImportJob &) { m_incomingStats = LightStats::read(db.sql()); });
}

void SupervisionPage::openImportWizard()
{
    auto *wizard = new GradeImportWizard(m_db, m_actor, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &GradeImportWizard::imported, this, [this] {
        reloadBatches();
        reloadStats();
        emit lightsChanged();
    });
    wizard->show();
}

} // namespace cl
