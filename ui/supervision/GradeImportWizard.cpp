#include "GradeImportWizard.h"

#include "ImportFilesPage.h"
#include "ImportPreviewPage.h"
#include "ImportProgressPage.h"
#include "ImportResultPage.h"
#include "ImportValidationPage.h"

#include <QDir>

namespace cl {

GradeImportWizard::GradeImportWizard(Database &db, const Actor &actor, QWidget *parent)
    : QWizard(parent), m_db(db), m_actor(actor)
{
    setObjectName(QStringLiteral("gradeImportWizard"));
    setWindowTitle(tr("Import evaluations"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_filesPage = new ImportFilesPage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_validationPage = new ImportValidationPage(this);
    m_progressPage = new ImportProgressPage(this);
    m_resultPage = new ImportResultPage(this);
    setPage(FilesPageId, m_filesPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(ValidationPageId, m_validationPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(FilesPageId);
    resize(1100, 720);
}

// Pages (and their runners, which wait for their threads) go before the members they use.
GradeImportWizard::~GradeImportWizard()
{
    for (const int id : pageIds())
        delete page(id);
}

void GradeImportWizard::addFiles(const QStringList &paths)
{
    m_filesPage->addFiles(paths);
}

void GradeImportWizard::setFilePaths(const QStringList &paths)
{
    QList<ImportFileChoice> files;
    for (const QString &path : paths) {
        ImportFileChoice choice;
        choice.path = path;
        for (const ImportFileChoice &earlier : m_files)
            if (earlier.path == path)
                choice = earlier;
        files << choice;
    }
    m_files = files;
}

QString GradeImportWizard::department() const
{
    return m_filesPage->department();
}

QString GradeImportWizard::scheme() const
{
    return m_filesPage->scheme();
}

GradeImportOptions GradeImportWizard::optionsFor(int file) const
{
    const ImportFileChoice &c = m_files.at(file);
    GradeImportOptions o;
    o.department = department();
    o.scheme = scheme();
    o.encoding = c.encoding;
    o.sheet = c.sheet;
    o.columns = c.columns;
    o.useSavedProfile = false;  // the preview step has offered the department's profiles
    return o;
}

QString GradeImportWizard::reportPath(int file) const
{
    return QDir(m_reports.path()).filePath(QStringLiteral("rejected-%1.csv").arg(file + 1));
}

const QList<ImportFileOutcome> &GradeImportWizard::validationOutcomes() const
{
    return m_validationPage->outcomes();
}

void GradeImportWizard::reject()
{
    if (m_progressPage->isRunning()) {
        m_progressPage->cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace cl
