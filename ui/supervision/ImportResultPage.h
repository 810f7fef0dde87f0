#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace cl {

class GradeImportWizard;

// Step 5: what the import did: imported / updated / unchanged / rejected rows, entities created,
// lights changed; the rejected rows (and warnings) in a table to sort; the rejected rows as CSV
// to send back to the department; and the entities concerned.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    enum IssueColumn { FileColumn, RowColumn, ColumnColumn, ReasonColumn, KindColumn, IssueColumns };

    explicit ImportResultPage(GradeImportWizard *wizard);

    void initializePage() override;

    // Copies the rejected-rows report: to target when one file has rejected rows, else into the
    // folder target as <file>-rejected.csv each. Returns the files written; throws cl::Error.
    QStringList exportRejected(const QString &target) const;
    QList<qint64> affectedEntityIds() const;

private:
    void chooseExportTarget();
    void showAffected();
    QStringList reports() const;

    GradeImportWizard *m_wizard;
    QLabel *m_note;
    QTableWidget *m_files;
    QStandardItemModel *m_issues;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_issuesView;
    QPushButton *m_export;
    QPushButton *m_showAffected;
    QLabel *m_exported;
};

} // namespace cl
