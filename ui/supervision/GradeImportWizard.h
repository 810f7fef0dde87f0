#pragma once

#include "ImportFileChoice.h"
#include "auth/Actor.h"

#include <QTemporaryDir>
#include <QWizard>

namespace cl {

class Database;
class ImportFilesPage;
class ImportPreviewPage;
class ImportProgressPage;
class ImportResultPage;
class ImportValidationPage;

// 导入评价: a department's graded evaluations from CSV or XLSX files, in steps: choose files and
// the department → check encoding, sheet and column mapping on a preview → validate every row
// without writing → import (a worker thread, progress, a Cancel that works) → what happened,
// with the rejected rows to sort and export. All reading and writing runs off the GUI thread.
class GradeImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPageId, PreviewPageId, ValidationPageId, ProgressPageId, ResultPageId };

    GradeImportWizard(Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~GradeImportWizard() override;

    Database &database() const { return m_db; }
    const Actor &actor() const { return m_actor; }

    // As if chosen with "Add files…" (also what dropping files on the first page does).
    void addFiles(const QStringList &paths);

    QList<ImportFileChoice> &files() { return m_files; }
    // Keeps the choices made for files still listed, in the order given.
    void setFilePaths(const QStringList &paths);
    QString department() const;   // for rows without a department; empty: from the file
    QString scheme() const;       // empty: each department's default scheme
    GradeImportOptions optionsFor(int file) const;

    // Where the rejected-rows reports of this run are written (removed with the wizard).
    QString reportPath(int file) const;
    const QList<ImportFileOutcome> &validationOutcomes() const;
    QList<ImportFileOutcome> &importOutcomes() { return m_imported; }
    // Called by the import step when it has committed at least one file.
    void notifyImported() { emit imported(); }

    // Cancel or Esc during the import asks the import to stop (it rolls back) instead of
    // closing over a running job; once it has stopped, the wizard shows what happened.
    void reject() override;

signals:
    // Evaluations of at least one file were committed: lights and the register have changed.
    void imported();

private:
    Database &m_db;
    Actor m_actor;
    QList<ImportFileChoice> m_files;
    QList<ImportFileOutcome> m_imported;
    QTemporaryDir m_reports;
    ImportFilesPage *m_filesPage;
    ImportPreviewPage *m_previewPage;
    ImportValidationPage *m_validationPage;
    ImportProgressPage *m_progressPage;
    ImportResultPage *m_resultPage;
};

} // namespace cl
