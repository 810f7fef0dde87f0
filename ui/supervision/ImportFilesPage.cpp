#include "ImportFilesPage.h"

#include "GradeImportWizard.h"
#include "credit/GradeSchemes.h"
#include "supervision/GradeColumns.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace cl {

namespace {
const QString lastFolderKey = QStringLiteral("import/lastFolder");
constexpr int PathRole = Qt::UserRole + 1;
} // namespace

ImportFilesPage::ImportFilesPage(GradeImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_list(new QListWidget(this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_department(new QComboBox(this)), m_scheme(new QComboBox(this))
{
    setObjectName(QStringLiteral("importFilesPage"));
    setTitle(tr("Files to import"));
    setSubTitle(tr("Evaluation files of a department, as CSV (UTF-8 or GB18030) or XLSX. Columns are matched by their header "
                   "names, in Chinese or English; you can check and correct that in the next step."));
    setAcceptDrops(true);

    m_list->setObjectName(QStringLiteral("importFileList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(120);
    auto *add = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Add files…"), this);
    add->setObjectName(QStringLiteral("addImportFiles"));
    connect(add, &QPushButton::clicked, this, &ImportFilesPage::chooseFiles);
    m_remove->setObjectName(QStringLiteral("removeImportFiles"));
    connect(m_remove, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ImportFilesPage::updateButtons);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_list, 1);
    filesRow->addLayout(buttons);
    auto *filesLabel = new QLabel(tr("&Files (or drop them here):"), this);
    filesLabel->setBuddy(m_list);

    // Departments that grade; the officer's own comes first in mind, so it is preselected.
    m_department->setObjectName(QStringLiteral("importDepartment"));
    m_department->addItem(tr("From the file's %1 column").arg(GradeColumns::chineseName(GradeColumns::Department)), QString());
    const Database &db = wizard->database();
    for (const NamedRow &d : ReferenceData::departments(db.sql())) {
        if (d.code.isEmpty())
            continue;  // does not grade (the approval bureau)
        m_department->addItem(d.name, d.name);
        if (d.id == wizard->actor().departmentId)
            m_department->setCurrentIndex(m_department->count() - 1);
    }
    m_department->setToolTip(tr("Used for rows whose department cell is empty, and for files without that column."));
    m_scheme->setObjectName(QStringLiteral("importScheme"));
    m_scheme->addItem(tr("The department's default scheme"), QString());
    for (const GradeSchemeInfo &s : GradeSchemes::load(db.sql()).schemes())
        m_scheme->addItem(QStringLiteral("%1 · %2").arg(s.code, s.name), s.code);
    m_scheme->setToolTip(tr("Used for rows whose scheme cell is empty, and for files without the %1 column.")
                            .arg(GradeColumns::chineseName(GradeColumns::Scheme)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Scheme:"), m_scheme);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filesLabel);
    layout->addLayout(filesRow, 1);
    layout->addLayout(form);
    updateButtons();
}

void ImportFilesPage::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_list->findItems(QDir::toNativeSeparators(absolute), Qt::MatchExactly).isEmpty())
            continue;
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(absolute), m_list);
        item->setData(PathRole, absolute);
        item->setToolTip(tr("%1 (%2 KB)").arg(QDir::toNativeSeparators(absolute)).arg(QFileInfo(absolute).size() / 1024));
    }
    if (!paths.isEmpty())
        QSettings().setValue(lastFolderKey, QFileInfo(paths.last()).absolutePath());
    updateButtons();
    emit completeChanged();
}

QStringList ImportFilesPage::paths() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(PathRole).toString();
    return out;
}

QString ImportFilesPage::department() const
{
    return m_department->currentData().toString();
}

QString ImportFilesPage::scheme() const
{
    return m_scheme->currentData().toString();
}

bool ImportFilesPage::isComplete() const
{
    return m_list->count() > 0;
}

bool ImportFilesPage::validatePage()
{
    m_wizard->setFilePaths(paths());
    return true;
}

void ImportFilesPage::chooseFiles()
{
    const QString folder = QSettings().value(lastFolderKey, QDir::homePath()).toString();
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Evaluation files"), folder,
                                                             tr("Evaluation files (*.csv *.txt *.xlsx);;All files (*)"));
    addFiles(chosen);
}

void ImportFilesPage::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateButtons();
    emit completeChanged();
}

void ImportFilesPage::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportFilesPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace cl
