#pragma once

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QPushButton;
class QFormLayout;
class QLabel;
class QTableWidget;
class QWidget;

namespace cl {

class ErrorLabel;
class GradeImportWizard;
class JobRunner;
struct ImportFileChoice;

// Step 2: how a file is read. The first rows as a table; the encoding as detected and
// overridable (CSV); the sheet (XLSX); and for every column of the file the field it goes to,
// matched by header name and changeable, with what is still missing said plainly.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 50;

    explicit ImportPreviewPage(GradeImportWizard *wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isLoading() const;
    // The field (GradeColumns::Field) a file column goes to, -1 when it is not imported.
    int fieldOfColumn(int column) const { return m_columnField.value(column, -1); }
    // Maps a file column to a field (or -1), as choosing it in the column's combo does.
    void setFieldOfColumn(int column, int field);
    QStringList mappingProblems() const { return m_problems; }
    // The department's saved column mappings (STYLE.md #6): the one the columns come from (empty:
    // none); using one by name (empty: none), and saving the current mapping as one.
    QString profile() const;
    bool useProfile(const QString &name);
    bool saveProfile(const QString &name);

private:
    struct Preview
    {
        QString error;
        QString format;
        QString encoding;
        QStringList sheets;
        QStringList header;
        QList<QStringList> rows;
        QList<qint64> rowNumbers;
        QStringList rowProblems;
    };

    ImportFileChoice &choice();
    void load();
    void onLoaded();
    void onLoadFailed(const QString &message);
    void showPreview();
    void rebuildMapping();
    void fieldChosen(int column, int field);
    void updateMapping();
    void updateHeaders();
    void encodingChosen();
    void sheetChosen();
    qint64 profileDepartment() const;
    void refreshProfiles();
    void updateProfileControls();

    GradeImportWizard *m_wizard;
    JobRunner *m_runner;
    QComboBox *m_file;
    QLabel *m_fileLabel;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QWidget *m_mappingHost;
    QFormLayout *m_mappingForm = nullptr;
    QList<QComboBox *> m_fieldCombos;
    QComboBox *m_profile;
    QLineEdit *m_profileName;
    QPushButton *m_saveProfile;
    QLabel *m_profileStatus;
    QTableWidget *m_table;
    QLabel *m_status;
    ErrorLabel *m_problemLabel;
    int m_current = 0;
    bool m_reloadPending = false;
    bool m_loaded = false;
    Preview m_preview;       // shown
    Preview m_incoming;      // written by the worker, taken over in onLoaded()
    QList<int> m_columnField;
    QStringList m_problems;
};

} // namespace cl
