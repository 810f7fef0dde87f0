#pragma once

#include <QWizardPage>

class QComboBox;
class QListWidget;
class QPushButton;

namespace cl {

class GradeImportWizard;

// Step 1: the files (CSV or XLSX; added with the file dialog or dropped on the page), the
// department for rows without one (an officer's own department preselected) and the scheme.
class ImportFilesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilesPage(GradeImportWizard *wizard);

    void addFiles(const QStringList &paths);
    QStringList paths() const;
    QString department() const;
    QString scheme() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void removeSelected();
    void updateButtons();

    GradeImportWizard *m_wizard;
    QListWidget *m_list;
    QPushButton *m_remove;
    QComboBox *m_department;
    QComboBox *m_scheme;
};

} // namespace cl
