#include "ImportValidationPage.h"

#include "GradeImportWizard.h"
#include "common/JobRunner.h"
#include "common/Error.h"
#include "supervision/GradeImporter.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
constexpr qint64 Scale = 1000;  // progress units per file

QTableWidgetItem *numberItem(qint64 n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ImportValidationPage::ImportValidationPage(GradeImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_runner(new JobRunner(wizard->database(), this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_summary(new QLabel(this)), m_files(new QTableWidget(0, 8, this)),
      m_issues(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("importValidationPage"));
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked as the import would check it. Nothing is written in this step."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_status->setObjectName(QStringLiteral("validationStatus"));
    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_progress->setRange(0, 0);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_files->setObjectName(QStringLiteral("validationFiles"));
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Format"), tr("Encoding"), tr("Rows"), tr("Can be imported"), tr("Rejected"),
                                        tr("Warnings"), tr("Note")});
    m_issues->setObjectName(QStringLiteral("validationIssues"));
    m_issues->setHorizontalHeaderLabels({tr("File"), tr("Row"), tr("Column"), tr("Problem")});
    for (QTableWidget *t : {m_files, m_issues}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setWordWrap(false);
    }
    m_files->setMaximumHeight(140);
    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setBuddy(m_issues);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_files);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issues, 1);
    layout->addStretch();

    connect(m_runner, &JobRunner::progress, this, &ImportValidationPage::onProgress);
    connect(m_runner, &JobRunner::succeeded, this, &ImportValidationPage::onSucceeded);
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) { onFailed(message); });
}

// The runner goes first: its thread writes m_incoming.
ImportValidationPage::~ImportValidationPage()
{
    delete m_runner;
}

bool ImportValidationPage::isRunning() const
{
    return m_runner->isRunning();
}

void ImportValidationPage::initializePage()
{
    start();
}

void ImportValidationPage::cleanupPage()
{
    // Back to the preview: whatever is being checked no longer matters.
    m_runner->cancel();
}

void ImportValidationPage::start()
{
    m_finished = false;
    m_outcomes.clear();
    m_files->setRowCount(0);
    m_issues->setRowCount(0);
    m_issues->show();
    m_issuesLabel->clear();
    m_summary->clear();
    emit completeChanged();
    if (m_runner->isRunning()) {
        // Came back quickly after Back: start again once the old check has stopped.
        connect(m_runner, &JobRunner::finished, this, &ImportValidationPage::start, Qt::SingleShotConnection);
        return;
    }
    QList<GradeImportOptions> options;
    QStringList paths;
    for (int i = 0; i < m_wizard->files().size(); ++i) {
        GradeImportOptions o = m_wizard->optionsFor(i);
        o.validateOnly = true;
        options << o;
        paths << m_wizard->files().at(i).path;
    }
    m_progress->setRange(0, int(paths.size() * Scale));
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Checking %1…").arg(QFileInfo(paths.value(0)).fileName()));
    const Actor actor = m_wizard->actor();
    m_runner->start([this, options, paths, actor](Database &db, ImportJob &job) {
        QList<ImportFileOutcome> out;
        const auto whole = job.progress;
        for (int i = 0; i < paths.size() && !job.cancelled(); ++i) {
            ImportFileOutcome o;
            o.path = paths.at(i);
            o.ran = true;
            const qint64 n = paths.size();
            job.progress = [whole, i, n](qint64 done, qint64 total) {
                whole(i * Scale + (total > 0 ? done * Scale / total : 0), n * Scale);
            };
            try {
                o.result = GradeImporter(db, actor).run(o.path, options.at(i), &job);
                o.ok = true;
            } catch (const Error &e) {
                o.error = e.message();
                o.cancelled = job.cancelled();
            }
            job.progress = whole;
            whole((i + 1) * Scale, n * Scale);
            out << o;
        }
        m_incoming = out;
    });
}

void ImportValidationPage::onProgress(qint64 done, qint64 total)
{
    m_progress->setMaximum(int(total));
    m_progress->setValue(int(done));
    const int file = int(qMin<qint64>(done / Scale, m_wizard->files().size() - 1));
    if (m_wizard->files().size() > 1)
        m_status->setText(tr("Checking %1 (file %2 of %3)…")
                              .arg(QFileInfo(m_wizard->files().at(file).path).fileName())
                              .arg(file + 1)
                              .arg(m_wizard->files().size()));
    else
        m_status->setText(tr("Checking %1…").arg(QFileInfo(m_wizard->files().at(file).path).fileName()));
}

void ImportValidationPage::onSucceeded()
{
    m_outcomes = std::move(m_incoming);
    m_incoming.clear();
    showOutcomes();
}

void ImportValidationPage::onFailed(const QString &message)
{
    m_progress->hide();
    m_status->setText(message);
    m_finished = true;
    emit completeChanged();
}

void ImportValidationPage::showOutcomes()
{
    m_progress->hide();
    qint64 rows = 0, rejected = 0, warnings = 0;
    int usable = 0;
    m_files->setRowCount(int(m_outcomes.size()));
    for (int i = 0; i < m_outcomes.size(); ++i) {
        const ImportFileOutcome &o = m_outcomes.at(i);
        const GradeImportResult &r = o.result;
        m_files->setItem(i, 0, new QTableWidgetItem(QFileInfo(o.path).fileName()));
        m_files->item(i, 0)->setToolTip(o.path);
        m_files->setItem(i, 1, new QTableWidgetItem(r.format));
        m_files->setItem(i, 2, new QTableWidgetItem(r.encoding));
        if (o.ok) {
            ++usable;
            rows += r.rowsTotal;
            rejected += r.rejected;
            warnings += r.warnings;
            m_files->setItem(i, 3, numberItem(r.rowsTotal));
            m_files->setItem(i, 4, numberItem(r.rowsTotal - r.rejected));
            m_files->setItem(i, 5, numberItem(r.rejected));
            m_files->setItem(i, 6, numberItem(r.warnings));
            m_files->setItem(i, 7, new QTableWidgetItem(r.rowsTotal == r.rejected ? tr("No row can be imported.") : QString()));
        } else {
            auto *note = new QTableWidgetItem(tr("Cannot be imported: %1").arg(o.error));
            note->setForeground(QColor(0xc0, 0x39, 0x2b));
            note->setToolTip(o.error);
            m_files->setItem(i, 7, note);
        }
    }
    m_files->resizeColumnsToContents();
    // As high as its rows (a few files), no empty band under them.
    m_files->setFixedHeight(qMin(160, m_files->horizontalHeader()->height() + m_files->rowHeight(0) * int(m_outcomes.size())
                                          + 2 * m_files->frameWidth() + 2));

    int shown = 0;
    for (const ImportFileOutcome &o : m_outcomes) {
        for (const ImportIssue &issue : o.result.issues) {
            if (shown >= IssuesShown)
                break;
            m_issues->insertRow(shown);
            m_issues->setItem(shown, 0, new QTableWidgetItem(QFileInfo(o.path).fileName()));
            m_issues->setItem(shown, 1, numberItem(issue.row));
            m_issues->setItem(shown, 2, new QTableWidgetItem(issue.column));
            auto *message = new QTableWidgetItem(issue.message);
            message->setToolTip(issue.message);
            m_issues->setItem(shown, 3, message);
            ++shown;
        }
    }
    m_issues->setColumnHidden(0, m_outcomes.size() < 2);
    m_issues->resizeColumnsToContents();

    if (usable == 0)
        m_status->setText(tr("No file can be imported. Go back to correct the columns or choose other files."));
    else
        m_status->setText(tr("Checked. Press Import to write the evaluations; the lights of the entities concerned are "
                             "recomputed at the end."));
    const QLocale locale;
    m_summary->setText(tr("%Ln row(s) checked: %1 can be imported, %2 will be rejected (%3 warnings).", nullptr, int(rows))
                           .arg(locale.toString(rows - rejected), locale.toString(rejected), locale.toString(warnings)));
    m_issuesLabel->setText(shown > 0 ? tr("First problems found (all of them are listed after the import):")
                                     : tr("No problems found."));
    m_issues->setVisible(shown > 0);
    m_finished = true;
    emit completeChanged();
}

bool ImportValidationPage::isComplete() const
{
    if (!m_finished || m_runner->isRunning())
        return false;
    for (const ImportFileOutcome &o : m_outcomes)
        if (o.ok && o.result.rowsTotal > o.result.rejected)
            return true;
    return false;
}

} // namespace cl
