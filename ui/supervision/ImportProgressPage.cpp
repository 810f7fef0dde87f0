#include "ImportProgressPage.h"

#include "GradeImportWizard.h"
#include "common/Error.h"
#include "common/JobRunner.h"
#include "supervision/GradeImporter.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace cl {

namespace {
constexpr qint64 Scale = 1000;  // progress units per file
} // namespace

ImportProgressPage::ImportProgressPage(GradeImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_runner(new JobRunner(wizard->database(), this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_elapsed(new QLabel(this)), m_cancel(new QPushButton(tr("&Cancel import"), this))
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("Each file is imported whole or not at all. You can keep working in the other windows meanwhile."));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_elapsed->setEnabled(false);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setToolTip(tr("Stops the import; the file being imported is rolled back, nothing of it is kept."));
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressPage::cancelImport);

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_elapsed);
    layout->addStretch(2);

    connect(m_runner, &JobRunner::progress, this, &ImportProgressPage::onProgress);
    connect(m_runner, &JobRunner::succeeded, this, &ImportProgressPage::onSucceeded);
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) { onFailed(message); });
}

// The runner goes first: its thread writes m_incoming.
ImportProgressPage::~ImportProgressPage()
{
    delete m_runner;
}

bool ImportProgressPage::isRunning() const
{
    return m_runner->isRunning();
}

void ImportProgressPage::cancelImport()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling… the file being imported is rolled back."));
}

void ImportProgressPage::initializePage()
{
    m_finished = false;
    m_files.clear();
    const QList<ImportFileOutcome> &checked = m_wizard->validationOutcomes();
    QList<GradeImportOptions> options;
    QStringList paths;
    for (int i = 0; i < checked.size() && i < m_wizard->files().size(); ++i) {
        if (!checked.at(i).ok)
            continue;  // the check found it unreadable; the result page says so
        GradeImportOptions o = m_wizard->optionsFor(i);
        o.reportPath = m_wizard->reportPath(i);
        options << o;
        paths << m_wizard->files().at(i).path;
        m_files << i;
    }
    m_progress->setRange(0, int(qMax<qsizetype>(1, paths.size()) * Scale));
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_status->setText(tr("Importing %1…").arg(QFileInfo(paths.value(0)).fileName()));
    m_clock.start();
    const Actor actor = m_wizard->actor();
    m_runner->start([this, options, paths, actor](Database &db, ImportJob &job) {
        QList<ImportFileOutcome> out;
        const auto whole = job.progress;
        for (int i = 0; i < paths.size(); ++i) {
            ImportFileOutcome o;
            o.path = paths.at(i);
            if (job.cancelled()) {
                out << o;  // not reached
                continue;
            }
            o.ran = true;
            const qint64 n = paths.size();
            job.progress = [whole, i, n](qint64 done, qint64 total) {
                whole(i * Scale + (total > 0 ? done * Scale / total : 0), n * Scale);
            };
            try {
                o.result = GradeImporter(db, actor).run(o.path, options.at(i), &job);
                o.ok = true;
                if (o.result.rejected > 0)
                    o.reportPath = options.at(i).reportPath;
            } catch (const Error &e) {
                o.error = e.message();
                o.cancelled = job.cancelled();
            }
            job.progress = whole;
            out << o;
        }
        m_incoming = out;
    });
}

void ImportProgressPage::onProgress(qint64 done, qint64 total)
{
    m_progress->setMaximum(int(total));
    m_progress->setValue(int(done));
    m_elapsed->setText(tr("%1 s").arg(m_clock.elapsed() / 1000));
    if (m_runner->isCancelling())
        return;
    // A file's reading ends at a multiple of Scale; what follows is the recomputation of its lights.
    const bool lights = done > 0 && done % Scale == 0;
    const int file = int(qBound<qint64>(0, lights ? done / Scale - 1 : done / Scale, m_files.size() - 1));
    const QString name = QFileInfo(m_wizard->files().at(m_files.value(file)).path).fileName();
    m_status->setText(lights ? tr("Recomputing the lights of the entities in %1…").arg(name)
                      : m_files.size() > 1 ? tr("Importing %1 (file %2 of %3)…").arg(name).arg(file + 1).arg(m_files.size())
                                           : tr("Importing %1…").arg(name));
}

void ImportProgressPage::onSucceeded()
{
    QList<ImportFileOutcome> outcomes = std::move(m_incoming);
    m_incoming.clear();
    // The wizard's outcome list covers every file, in the order they were chosen.
    QList<ImportFileOutcome> all;
    const QList<ImportFileOutcome> &checked = m_wizard->validationOutcomes();
    for (int i = 0; i < m_wizard->files().size(); ++i) {
        const int k = int(m_files.indexOf(i));
        if (k >= 0 && k < outcomes.size()) {
            all << outcomes.at(k);
        } else {
            ImportFileOutcome skipped = checked.value(i);
            skipped.path = m_wizard->files().at(i).path;
            skipped.ran = false;
            skipped.ok = false;
            all << skipped;
        }
    }
    m_wizard->importOutcomes() = all;
    bool committed = false, complete = true;
    for (const ImportFileOutcome &o : outcomes) {
        committed = committed || (o.ok && !o.result.alreadyImported);
        complete = complete && o.ok;
    }
    if (committed)
        m_wizard->notifyImported();
    m_cancel->hide();
    m_finished = true;
    if (complete) {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Done."));
    } else {
        // Say at once why it stopped (cancelled, or what was wrong with which file).
        QStringList why;
        for (const ImportFileOutcome &o : outcomes)
            if (o.ran && !o.ok)
                why << QStringLiteral("%1: %2").arg(QFileInfo(o.path).fileName(), o.error);
        why << tr("Press Next to see what was imported and what was not.");
        m_status->setText(why.join(QLatin1Char('\n')));
    }
    emit completeChanged();
    if (complete)
        QTimer::singleShot(0, m_wizard, &QWizard::next);
}

void ImportProgressPage::onFailed(const QString &message)
{
    // Only reached when the store could not be opened at all: nothing was imported.
    m_cancel->hide();
    m_status->setText(message);
    m_finished = false;
    emit completeChanged();
}

bool ImportProgressPage::isComplete() const
{
    return m_finished;
}

} // namespace cl
