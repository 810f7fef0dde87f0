#include "SpotCheckPage.h"

#include "auth/Authorizer.h"
#include "common/Clock.h"
#include "common/Csv.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "common/JobRunner.h"
#include "common/LightIcon.h"
#include "credit/LightEngine.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"
#include "report/XlsxTableWriter.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum PlanColumn { PlanIdColumn, PlanYearColumn, PlanDepartmentColumn, PlanSeedColumn, PlanPopulationColumn, PlanByColumn,
                  PlanAtColumn, PlanColumns };
constexpr int LightTableColumn = 3;  // "Light" in SpotCheckPlanner::tableHeader()

QString localTime(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : isoUtc;
}

QString percent(double ratio)
{
    return QLocale().toString(ratio * 100.0, 'g', 3) + QLatin1Char('%');
}
} // namespace

SpotCheckPage::SpotCheckPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_actor(actor), m_runner(new JobRunner(db, this)), m_year(new QSpinBox(this)),
      m_department(new QComboBox(this)), m_seed(new QLineEdit(this)),
      m_randomSeed(new QPushButton(tr("R&andom seed"), this)), m_draw(new QPushButton(tr("&Draw"), this)),
      m_save(new QPushButton(tr("&Save plan"), this)), m_plans(new QTableWidget(0, PlanColumns, this)), m_planTitle(new QLabel(this)),
      m_summary(new QLabel(this)), m_warnings(new ErrorLabel(this)), m_table(new QTableWidget(this)),
      m_exportCsv(new QPushButton(tr("Export &CSV…"), this)), m_exportXlsx(new QPushButton(tr("Export &XLSX…"), this)),
      m_message(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("spotCheckPage"));
    m_canPlan = Authorizer::allowed(db.sql(), actor, Permission::SpotcheckPlan);

    m_year->setObjectName(QStringLiteral("spotYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::today().year());
    m_department->setObjectName(QStringLiteral("spotDepartment"));
    for (const NamedRow &d : ReferenceData::departments(db.sql())) {
        if (d.code.isEmpty())
            continue;  // the approval bureau does not inspect
        m_department->addItem(d.name, d.id);
        if (d.id == actor.departmentId)
            m_department->setCurrentIndex(m_department->count() - 1);
    }
    // An officer plans for the own department only (core refuses the others anyway).
    if (actor.role == QLatin1String("supervisor") && actor.departmentId > 0)
        m_department->setEnabled(false);
    m_seed->setObjectName(QStringLiteral("spotSeed"));
    m_seed->setPlaceholderText(tr("Any text or number, recorded with the plan"));
    m_seed->setToolTip(tr("The same year, department, seed and data give the same plan: publish the seed so anyone can repeat the draw."));
    m_randomSeed->setObjectName(QStringLiteral("spotRandomSeed"));
    m_randomSeed->setToolTip(tr("Fills in a random seed (drawn from the system's random source)."));
    m_draw->setObjectName(QStringLiteral("spotDraw"));
    m_draw->setToolTip(tr("Draws the plan and shows it, without saving."));
    m_save->setObjectName(QStringLiteral("spotSave"));
    m_save->setToolTip(tr("Draws again and saves the plan with its seed, audited."));
    m_save->setVisible(m_canPlan);
    connect(m_randomSeed, &QPushButton::clicked, this, &SpotCheckPage::randomSeed);
    connect(m_draw, &QPushButton::clicked, this, &SpotCheckPage::draw);
    connect(m_save, &QPushButton::clicked, this, &SpotCheckPage::savePlan);
    connect(m_seed, &QLineEdit::textChanged, this, &SpotCheckPage::updateButtons);
    connect(m_seed, &QLineEdit::returnPressed, this, &SpotCheckPage::draw);

    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_randomSeed);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_draw);
    actions->addWidget(m_save);
    actions->addStretch();
    auto *newBox = new QGroupBox(tr("New plan"), this);
    auto *form = new QFormLayout(newBox);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("De&partment:"), m_department);
    auto *seedLabel = new QLabel(tr("S&eed:"), newBox);
    seedLabel->setBuddy(m_seed);
    form->addRow(seedLabel, seedRow);
    form->addRow(actions);

    m_plans->setObjectName(QStringLiteral("savedPlans"));
    m_plans->setHorizontalHeaderLabels({tr("No."), tr("Year"), tr("Department"), tr("Seed"), tr("Population"), tr("By"), tr("Saved")});
    m_plans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plans->setSelectionMode(QAbstractItemView::SingleSelection);
    m_plans->verticalHeader()->hide();
    m_plans->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_plans->horizontalHeader()->setStretchLastSection(true);
    connect(m_plans, &QTableWidget::itemSelectionChanged, this, &SpotCheckPage::openSelectedPlan);
    auto *savedBox = new QGroupBox(tr("Saved plans"), this);
    auto *savedLayout = new QVBoxLayout(savedBox);
    savedLayout->addWidget(m_plans);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(newBox);
    leftLayout->addWidget(savedBox, 1);

    m_planTitle->setObjectName(QStringLiteral("planTitle"));
    QFont title = m_planTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_planTitle->setFont(title);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_exportCsv->setObjectName(QStringLiteral("spotExportCsv"));
    m_exportXlsx->setObjectName(QStringLiteral("spotExportXlsx"));
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { chooseExport(true); });
    m_message->setObjectName(QStringLiteral("spotMessage"));
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_message, 1);
    exports->addStretch();
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportXlsx);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_planTitle);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_warnings);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(exports);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 900});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // What to do with a job's result is set with the job; a failed job's follow-up is dropped.
    connect(m_runner, &JobRunner::succeeded, this, [this] {
        const std::function<void()> then = std::exchange(m_then, {});
        if (then)
            then();
    });
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) {
        m_then = {};
        m_message->showMessage(message);
        m_planTitle->setText(planTitle());
    });
    connect(m_runner, &JobRunner::finished, this, &SpotCheckPage::updateButtons);
    m_planTitle->setText(planTitle());
    m_summary->setText(tr("Choose a saved plan, or draw a new one: enter a seed (or press Random seed) and press Draw."));
    reloadPlans();
    updateButtons();
}

// The runner goes first: its thread writes m_incoming.
SpotCheckPage::~SpotCheckPage()
{
    delete m_runner;
}

bool SpotCheckPage::isBusy() const
{
    return m_runner->isRunning();
}

void SpotCheckPage::setSeed(const QString &seed)
{
    m_seed->setText(seed);
}

void SpotCheckPage::randomSeed()
{
    // Eight digits: short enough to read out and publish, 10^8 possible draws.
    m_seed->setText(QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(100000000u), 8, 10, QLatin1Char('0')));
    m_seed->setFocus();
}

void SpotCheckPage::updateButtons()
{
    const bool idle = !m_runner->isRunning();
    const bool seeded = !m_seed->text().trimmed().isEmpty() && m_department->count() > 0;
    m_draw->setEnabled(idle && seeded);
    m_save->setEnabled(idle && seeded && m_canPlan);
    const bool shown = !m_plan.seed.isEmpty();
    m_exportCsv->setEnabled(idle && shown);
    m_exportXlsx->setEnabled(idle && shown);
}

void SpotCheckPage::draw()
{
    if (m_runner->isRunning() || m_seed->text().trimmed().isEmpty())
        return;
    m_message->clearMessage();
    const int year = m_year->value();
    const QString department = m_department->currentText();
    const QString seed = m_seed->text().trimmed();
    const QDate asOf = Clock::today();
    m_planTitle->setText(tr("Drawing…"));
    m_runner->start([this, year, department, seed, asOf](Database &db, ImportJob &) {
        m_incoming = SpotCheckPlanner(db).draw(year, department, seed, asOf);
    });
    m_then = [this] {
        m_plan = std::move(m_incoming);
        showPlan();
    };
    updateButtons();
}

void SpotCheckPage::savePlan()
{
    if (m_runner->isRunning() || m_seed->text().trimmed().isEmpty() || !m_canPlan)
        return;
    m_message->clearMessage();
    const int year = m_year->value();
    const QString department = m_department->currentText();
    const QString seed = m_seed->text().trimmed();
    const QDate asOf = Clock::today();
    const Actor actor = m_actor;
    m_planTitle->setText(tr("Saving…"));
    m_runner->start([this, year, department, seed, asOf, actor](Database &db, ImportJob &) {
        m_incoming = SpotCheckPlanner(db).create(actor, year, department, seed, asOf);
    });
    m_then = [this] {
        m_plan = std::move(m_incoming);
        const qint64 id = m_plan.id;
        reloadPlans();
        {
            const QSignalBlocker block(m_plans);
            for (int row = 0; row < m_plans->rowCount(); ++row)
                if (m_plans->item(row, PlanIdColumn)->data(Qt::DisplayRole).toLongLong() == id)
                    m_plans->selectRow(row);
        }
        showPlan();
        m_message->showMessage(tr("Plan %1 saved.").arg(id), ErrorLabel::Tone::Info);
        emit planSaved(id);
    };
    updateButtons();
}

void SpotCheckPage::reloadPlans()
{
    const QSignalBlocker block(m_plans);
    QList<SpotCheckPlan> plans;
    try {
        plans = SpotCheckPlanner(m_db).plans();
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    m_plans->setRowCount(int(plans.size()));
    for (int row = 0; row < plans.size(); ++row) {
        const SpotCheckPlan &p = plans.at(row);
        auto *id = new QTableWidgetItem;
        id->setData(Qt::DisplayRole, p.id);
        m_plans->setItem(row, PlanIdColumn, id);
        auto *year = new QTableWidgetItem;
        year->setData(Qt::DisplayRole, p.year);
        m_plans->setItem(row, PlanYearColumn, year);
        m_plans->setItem(row, PlanDepartmentColumn, new QTableWidgetItem(p.departmentName));
        m_plans->setItem(row, PlanSeedColumn, new QTableWidgetItem(p.seed));
        auto *population = new QTableWidgetItem;
        population->setData(Qt::DisplayRole, p.population);
        m_plans->setItem(row, PlanPopulationColumn, population);
        m_plans->setItem(row, PlanByColumn, new QTableWidgetItem(p.createdBy));
        m_plans->setItem(row, PlanAtColumn, new QTableWidgetItem(localTime(p.createdAt)));
    }
    m_plans->resizeColumnsToContents();
}

void SpotCheckPage::openSelectedPlan()
{
    const QList<QTableWidgetItem *> selected = m_plans->selectedItems();
    if (selected.isEmpty())
        return;
    if (m_runner->isRunning())
        return;
    const qint64 id = m_plans->item(selected.first()->row(), PlanIdColumn)->data(Qt::DisplayRole).toLongLong();
    m_message->clearMessage();
    m_planTitle->setText(tr("Loading plan %1…").arg(id));
    m_runner->start([this, id](Database &db, ImportJob &) { m_incoming = SpotCheckPlanner(db).load(id); });
    m_then = [this] {
        m_plan = std::move(m_incoming);
        showPlan();
    };
    updateButtons();
}

QString SpotCheckPage::planTitle() const
{
    if (m_plan.seed.isEmpty())
        return tr("No plan shown");
    return m_plan.id > 0 ? tr("Plan %1 (saved %2 by %3)").arg(m_plan.id).arg(localTime(m_plan.createdAt), m_plan.createdBy)
                         : tr("Preview (not saved)");
}

QString SpotCheckPage::summaryText() const
{
    const SpotCheckPlan &p = m_plan;
    QHash<QString, qint64> drawn;
    for (const SpotCheckItem &item : p.items)
        ++drawn[item.light];
    QStringList perLight;
    for (const QString &light : LightIcon::lights()) {
        const QString ratio = p.ratios.contains(light) ? percent(p.ratios.value(light)) : QStringLiteral("—");
        // Saved plans record the population as a whole; the draw knows it per light.
        perLight << (p.populationByLight.isEmpty()
                         ? tr("%1: %2 drawn (ratio %3)").arg(LightEngine::lightLabel(light)).arg(drawn.value(light)).arg(ratio)
                         : tr("%1: %2 of %3 (ratio %4)")
                               .arg(LightEngine::lightLabel(light))
                               .arg(drawn.value(light))
                               .arg(p.populationByLight.value(light))
                               .arg(ratio));
    }
    return tr("%1, %2 · seed %3 · as of %4 · algorithm version %5\n%Ln check(s) drawn from a population of %6 entities "
              "under supervision.\n%7", nullptr, int(p.items.size()))
        .arg(p.departmentName)
        .arg(p.year)
        .arg(p.seed, p.asOf.toString(Qt::ISODate))
        .arg(p.algorithmVersion)
        .arg(p.population)
        .arg(perLight.join(QStringLiteral(" · ")));
}

void SpotCheckPage::showPlan()
{
    m_planTitle->setText(planTitle());
    m_summary->setText(summaryText());
    if (m_plan.warnings.isEmpty())
        m_warnings->clearMessage();
    else
        m_warnings->showMessage(m_plan.warnings.join(QLatin1Char('\n')), ErrorLabel::Tone::Warning);

    const QStringList header = SpotCheckPlanner::tableHeader();
    const QList<QStringList> rows = SpotCheckPlanner::tableRows(m_plan);
    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < header.size(); ++c) {
            auto *item = new QTableWidgetItem;
            if (c == 0)
                item->setData(Qt::DisplayRole, r + 1);  // numeric, so it sorts as a number
            else
                item->setText(rows.at(r).value(c));
            if (c == LightTableColumn)
                item->setIcon(LightIcon::icon(m_plan.items.at(r).light));
            m_table->setItem(r, c, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();  // after sorting: the header has its sort arrow now
    updateButtons();
    emit planShown();
}

void SpotCheckPage::chooseExport(bool xlsx)
{
    const QString name = tr("spot-check-%1-%2-%3").arg(m_plan.year).arg(m_plan.departmentName, m_plan.seed)
                         + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the plan"), QDir::home().filePath(name),
                                                      xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportPlan(path);
}

void SpotCheckPage::exportPlan(const QString &path)
{
    if (m_runner->isRunning() || m_plan.seed.isEmpty())
        return;
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    const QStringList header = SpotCheckPlanner::tableHeader();
    const QList<QStringList> rows = SpotCheckPlanner::tableRows(m_plan);
    const QString sheet = tr("Plan %1 %2").arg(m_plan.year).arg(m_plan.departmentName);
    m_runner->start([path, xlsx, header, rows, sheet](Database &, ImportJob &) {
        if (xlsx) {
            QList<bool> numeric(header.size(), false);
            numeric[0] = true;
            XlsxTableWriter::write(path, {XlsxTableWriter::Sheet{sheet, header, rows, numeric}});
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Csv::document(header, rows)) < 0 || !file.commit())
            throw Error(ErrorKind::Io, SpotCheckPage::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    });
    m_then = [this, path] {
        m_message->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), ErrorLabel::Tone::Info);
        emit planExported(path);
    };
    updateButtons();
}

} // namespace cl
