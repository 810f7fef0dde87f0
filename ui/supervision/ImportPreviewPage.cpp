#include "ImportPreviewPage.h"

#include "GradeImportWizard.h"
#include "common/ErrorLabel.h"
#include "common/JobRunner.h"
#include "common/Error.h"
#include "db/Database.h"
#include "supervision/GradeColumns.h"
#include "supervision/ImportProfiles.h"
#include "supervision/TableReader.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
QString fieldText(int field, bool departmentGiven)
{
    const auto f = GradeColumns::Field(field);
    const QString required = GradeColumns::isRequired(f, departmentGiven) ? QStringLiteral(" *") : QString();
    // In Chinese the label is the column name itself: say it once.
    const QString label = GradeColumns::label(f);
    return label == GradeColumns::chineseName(f) ? label + required
                                                 : QStringLiteral("%1 · %2%3").arg(GradeColumns::chineseName(f), label, required);
}
} // namespace

ImportPreviewPage::ImportPreviewPage(GradeImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_runner(new JobRunner(wizard->database(), this)), m_file(new QComboBox(this)),
      m_fileLabel(new QLabel(tr("F&ile:"), this)), m_encoding(new QComboBox(this)), m_sheet(new QComboBox(this)),
      m_sheetLabel(new QLabel(tr("S&heet:"), this)), m_mappingHost(new QWidget), m_profile(new QComboBox(this)),
      m_profileName(new QLineEdit(this)), m_saveProfile(new QPushButton(tr("Sa&ve mapping"), this)), m_profileStatus(new QLabel(this)),
      m_table(new QTableWidget(this)),
      m_status(new QLabel(this)), m_problemLabel(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview and columns"));
    setSubTitle(tr("The first %n rows as they will be read. Check the encoding (garbled Chinese means a wrong one) and which "
                   "field each column goes to. Fields marked * are required.", nullptr, PreviewRows));

    m_file->setObjectName(QStringLiteral("previewFile"));
    m_fileLabel->setBuddy(m_file);
    connect(m_file, &QComboBox::activated, this, [this](int index) {
        m_current = index;
        load();
    });
    m_encoding->setObjectName(QStringLiteral("previewEncoding"));
    m_encoding->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("GB18030 (GBK)"), QStringLiteral("gb18030"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_encoding->setToolTip(tr("Automatic: a byte-order mark, else valid UTF-8, else GB18030 (which includes GBK)."));
    connect(m_encoding, &QComboBox::activated, this, &ImportPreviewPage::encodingChosen);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    m_sheet->setObjectName(QStringLiteral("previewSheet"));
    m_sheetLabel->setBuddy(m_sheet);
    connect(m_sheet, &QComboBox::activated, this, &ImportPreviewPage::sheetChosen);

    auto *top = new QHBoxLayout;
    top->addWidget(m_fileLabel);
    top->addWidget(m_file, 2);
    top->addSpacing(12);
    top->addWidget(encodingLabel);
    top->addWidget(m_encoding, 1);
    top->addSpacing(12);
    top->addWidget(m_sheetLabel);
    top->addWidget(m_sheet, 1);

    auto *mappingBox = new QGroupBox(tr("Columns of the file → fields"), this);
    auto *scroll = new QScrollArea(mappingBox);
    scroll->setObjectName(QStringLiteral("previewMapping"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_mappingHost);
    // The department's saved mappings: offered when the file has their headers, and the current
    // mapping saved under a name for the department's next files.
    m_profile->setObjectName(QStringLiteral("previewProfile"));
    m_profile->setToolTip(tr("Column mappings saved for the department. One whose column names are all in this file is "
                             "chosen by itself."));
    connect(m_profile, &QComboBox::activated, this, [this] {
        if (!useProfile(m_profile->currentData().toString()))
            refreshProfiles();
    });
    auto *profileLabel = new QLabel(tr("Saved &mapping:"), this);
    profileLabel->setBuddy(m_profile);
    m_profileName->setObjectName(QStringLiteral("previewProfileName"));
    m_profileName->setPlaceholderText(tr("Name, e.g. the system the file comes from"));
    m_profileName->setToolTip(tr("The mapping is saved by column names, not positions: it fits the department's files whatever "
                                 "the order of their columns."));
    connect(m_profileName, &QLineEdit::textChanged, this, &ImportPreviewPage::updateProfileControls);
    connect(m_profileName, &QLineEdit::returnPressed, m_saveProfile, &QPushButton::click);
    auto *nameLabel = new QLabel(tr("Save &as:"), this);
    nameLabel->setBuddy(m_profileName);
    m_saveProfile->setObjectName(QStringLiteral("previewSaveProfile"));
    connect(m_saveProfile, &QPushButton::clicked, this, [this] { saveProfile(m_profileName->text()); });
    m_profileStatus->setObjectName(QStringLiteral("previewProfileStatus"));
    m_profileStatus->setWordWrap(true);
    auto *profileForm = new QFormLayout;
    profileForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    profileForm->addRow(profileLabel, m_profile);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_profileName, 1);
    saveRow->addWidget(m_saveProfile);
    profileForm->addRow(nameLabel, saveRow);

    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(4, 4, 4, 4);
    mappingLayout->addWidget(scroll, 1);
    mappingLayout->addLayout(profileForm);
    mappingLayout->addWidget(m_profileStatus);

    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setToolTip(tr("Row numbers are those of the file. Rows in red cannot be read as they are."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 700});
    splitter->setChildrenCollapsible(false);

    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("previewProblems"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problemLabel);

    connect(m_runner, &JobRunner::succeeded, this, &ImportPreviewPage::onLoaded);
    connect(m_runner, &JobRunner::failed, this, [this](const QString &message, bool) { onLoadFailed(message); });
}

// The runner goes first: its thread writes m_incoming.
ImportPreviewPage::~ImportPreviewPage()
{
    delete m_runner;
}

ImportFileChoice &ImportPreviewPage::choice()
{
    return m_wizard->files()[m_current];
}

bool ImportPreviewPage::isLoading() const
{
    return m_runner->isRunning() || m_reloadPending;
}

void ImportPreviewPage::initializePage()
{
    const QSignalBlocker block(m_file);
    m_file->clear();
    for (const ImportFileChoice &c : m_wizard->files())
        m_file->addItem(QFileInfo(c.path).fileName(), c.path);
    m_current = qBound(0, m_current, int(m_wizard->files().size()) - 1);
    m_file->setCurrentIndex(m_current);
    const bool several = m_wizard->files().size() > 1;
    m_file->setVisible(several);
    m_fileLabel->setVisible(several);
    load();
}

void ImportPreviewPage::load()
{
    m_loaded = false;
    emit completeChanged();
    if (m_runner->isRunning()) {
        // Read again once the running preview has stopped; its rows are stale by now.
        m_reloadPending = true;
        m_runner->cancel();
        return;
    }
    m_reloadPending = false;
    m_status->setText(tr("Reading %1…").arg(QFileInfo(choice().path).fileName()));
    m_problemLabel->clearMessage();
    const TableReadOptions options{choice().encoding, choice().sheet};
    const QString path = choice().path;
    // The worker fills m_incoming; it is read only after succeeded(), when the thread has ended.
    m_runner->start([this, path, options](Database &, ImportJob &job) {
        Preview p;
        std::unique_ptr<TableReader> reader = TableReader::open(path, options);
        p.format = reader->formatName();
        p.encoding = reader->encodingName();
        p.sheets = reader->sheetNames();
        if (reader->readRow(p.header)) {
            QStringList cells;
            while (p.rows.size() < PreviewRows && !job.cancelled() && reader->readRow(cells)) {
                p.rows << cells;
                p.rowNumbers << reader->rowNumber();
                p.rowProblems << reader->rowProblem();
            }
        }
        m_incoming = std::move(p);
    });
}

void ImportPreviewPage::onLoaded()
{
    if (m_reloadPending) {
        load();
        return;
    }
    m_preview = std::move(m_incoming);
    m_incoming = Preview();
    showPreview();
}

void ImportPreviewPage::onLoadFailed(const QString &message)
{
    if (m_reloadPending) {
        load();
        return;
    }
    m_preview = Preview();
    m_preview.error = message;
    showPreview();
}

void ImportPreviewPage::showPreview()
{
    const bool xlsx = m_preview.format == QLatin1String("XLSX");
    {
        const QSignalBlocker block(m_encoding);
        m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(choice().encoding)));
        // "Automatic" says what it found, so a wrong guess is seen before the import.
        m_encoding->setItemText(0, m_preview.encoding.isEmpty() || choice().encoding != QLatin1String("auto")
                                       ? tr("Automatic")
                                       : tr("Automatic (detected: %1)").arg(m_preview.encoding));
        m_encoding->setEnabled(!xlsx);
    }
    {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(m_preview.sheets);
        const int index = m_preview.sheets.indexOf(choice().sheet);
        m_sheet->setCurrentIndex(index >= 0 ? index : 0);
        m_sheet->setEnabled(xlsx && m_preview.sheets.size() > 1);
        m_sheet->setVisible(xlsx);
        m_sheetLabel->setVisible(xlsx);
    }

    m_table->clear();
    if (!m_preview.error.isEmpty()) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_status->clear();
        m_columnField.clear();
        rebuildMapping();
        m_problems = QStringList{m_preview.error};
        m_problemLabel->showMessage(m_preview.error);
        refreshProfiles();
        m_loaded = true;
        emit completeChanged();
        return;
    }
    int columns = int(m_preview.header.size());
    for (const QStringList &row : m_preview.rows)
        columns = qMax(columns, int(row.size()));
    m_table->setColumnCount(columns);
    m_table->setRowCount(int(m_preview.rows.size()));
    const QColor problemBackground(255, 228, 225);
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const QStringList &cells = m_preview.rows.at(r);
        const QString problem = m_preview.rowProblems.value(r);
        for (int c = 0; c < columns; ++c) {
            auto *item = new QTableWidgetItem(cells.value(c));
            if (!problem.isEmpty()) {
                item->setBackground(problemBackground);
                item->setToolTip(problem);
            }
            m_table->setItem(r, c, item);
        }
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(m_preview.rowNumbers.value(r))));
    }
    m_status->setText(tr("%1, %2 · %Ln column(s) · first %3 data rows shown", nullptr, int(m_preview.header.size()))
                          .arg(m_preview.format, m_preview.encoding)
                          .arg(m_preview.rows.size()));

    // A department whose files have headers of its own has saved how they map: offered unless the
    // user has already chosen for this file.
    if (choice().columns.isEmpty() && !choice().profileChosen) {
        if (const std::optional<ImportProfile> p = ImportProfiles(m_wizard->database()).suggest(profileDepartment(), m_preview.header)) {
            choice().columns = ImportProfiles::match(*p, m_preview.header).columns;
            choice().profile = p->name;
        }
    }
    refreshProfiles();
    const GradeColumns::Mapping mapping =
        GradeColumns::map(m_preview.header, !m_wizard->department().isEmpty(), choice().columns);
    m_columnField = QList<int>(columns, -1);
    for (int f = 0; f < GradeColumns::FieldCount; ++f)
        if (mapping.column[f] >= 0 && mapping.column[f] < columns)
            m_columnField[mapping.column[f]] = f;
    rebuildMapping();
    updateMapping();
    m_table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
    m_loaded = true;
    updateProfileControls();
    emit completeChanged();
}

void ImportPreviewPage::rebuildMapping()
{
    // A fresh form per file: its columns are different.
    delete m_mappingHost->layout();
    qDeleteAll(m_mappingHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_fieldCombos.clear();
    m_mappingForm = new QFormLayout(m_mappingHost);
    m_mappingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const bool departmentGiven = !m_wizard->department().isEmpty();
    for (int c = 0; c < m_columnField.size(); ++c) {
        auto *combo = new QComboBox(m_mappingHost);
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(c));
        combo->addItem(tr("(not imported)"), -1);
        for (int f = 0; f < GradeColumns::FieldCount; ++f)
            combo->addItem(fieldText(f, departmentGiven), f);
        combo->setCurrentIndex(qMax(0, combo->findData(m_columnField.at(c))));
        connect(combo, &QComboBox::activated, this, [this, c, combo] { fieldChosen(c, combo->currentData().toInt()); });
        const QString header = m_preview.header.value(c);
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(c + 1).arg(header.isEmpty() ? tr("(no header)") : header), m_mappingHost);
        label->setBuddy(combo);
        label->setToolTip(tr("Column %1 of the file").arg(c + 1));
        m_mappingForm->addRow(label, combo);
        label->show();
        combo->show();
        m_fieldCombos << combo;
    }
}

void ImportPreviewPage::setFieldOfColumn(int column, int field)
{
    if (column < 0 || column >= m_fieldCombos.size())
        return;
    m_fieldCombos.at(column)->setCurrentIndex(qMax(0, m_fieldCombos.at(column)->findData(field)));
    fieldChosen(column, field);
}

void ImportPreviewPage::fieldChosen(int column, int field)
{
    // One column per field: the column that had this field lets go of it.
    if (field >= 0) {
        for (int c = 0; c < m_columnField.size(); ++c) {
            if (c != column && m_columnField.at(c) == field) {
                m_columnField[c] = -1;
                const QSignalBlocker block(m_fieldCombos.at(c));
                m_fieldCombos.at(c)->setCurrentIndex(0);
            }
        }
    }
    m_columnField[column] = field;
    // From now on the user's mapping is the whole mapping, every field said explicitly.
    QHash<QString, int> overrides;
    for (int f = 0; f < GradeColumns::FieldCount; ++f)
        overrides.insert(GradeColumns::key(GradeColumns::Field(f)), int(m_columnField.indexOf(f)));
    choice().columns = overrides;
    if (!choice().profile.isEmpty()) {
        choice().profile.clear();
        choice().profileChosen = true;
        refreshProfiles();
        m_profileStatus->setText(tr("Mapping changed by hand. Save it under a name to have it offered for the department's next files."));
    }
    updateMapping();
    emit completeChanged();
}

void ImportPreviewPage::updateMapping()
{
    const GradeColumns::Mapping mapping = GradeColumns::map(m_preview.header, !m_wizard->department().isEmpty(), choice().columns);
    m_problems = mapping.problems;
    if (m_problems.isEmpty())
        m_problemLabel->clearMessage();
    else
        m_problemLabel->showMessage(m_problems.join(QLatin1Char('\n')));
    updateHeaders();
    updateProfileControls();
}

void ImportPreviewPage::updateHeaders()
{
    const QColor ignored = palette().color(QPalette::Disabled, QPalette::Text);
    for (int c = 0; c < m_table->columnCount(); ++c) {
        const int field = m_columnField.value(c, -1);
        const QString header = m_preview.header.value(c);
        const QString target = field >= 0 ? QStringLiteral("→ %1").arg(GradeColumns::label(GradeColumns::Field(field)))
                                          : tr("(not imported)");
        auto *item = new QTableWidgetItem(header + QLatin1Char('\n') + target);
        QFont f = item->font();
        f.setBold(field >= 0);
        item->setFont(f);
        item->setToolTip(field >= 0 ? GradeColumns::chineseName(GradeColumns::Field(field)) : tr("This column is not imported."));
        m_table->setHorizontalHeaderItem(c, item);
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (QTableWidgetItem *cell = m_table->item(r, c))
                cell->setForeground(field >= 0 ? palette().color(QPalette::Text) : ignored);
    }
}

void ImportPreviewPage::encodingChosen()
{
    choice().encoding = m_encoding->currentData().toString();
    load();
}

void ImportPreviewPage::sheetChosen()
{
    choice().sheet = m_sheet->currentText();
    choice().columns.clear();  // another sheet, another header
    choice().profile.clear();
    choice().profileChosen = false;
    load();
}

qint64 ImportPreviewPage::profileDepartment() const
{
    return ImportProfiles::departmentFor(m_wizard->database().sql(), m_wizard->department(), m_wizard->actor());
}

QString ImportPreviewPage::profile() const
{
    return m_wizard->files().isEmpty() ? QString() : m_wizard->files().at(m_current).profile;
}

void ImportPreviewPage::refreshProfiles()
{
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("(none: columns by their usual names)"), QString());
    const qint64 department = profileDepartment();
    const QList<ImportProfile> profiles = department > 0 ? ImportProfiles(m_wizard->database()).forDepartment(department)
                                                         : QList<ImportProfile>();
    for (const ImportProfile &p : profiles)
        m_profile->addItem(p.name, p.name);
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(profile())));
    m_profile->setEnabled(!profiles.isEmpty());
    if (department <= 0)
        m_profileStatus->setText(tr("Choose the department on the first page to use or save its column mappings."));
    else if (!profile().isEmpty())
        m_profileStatus->setText(tr("Columns mapped by the saved mapping \"%1\" of %2.").arg(profile(), profiles.value(0).department));
    else
        m_profileStatus->clear();
    updateProfileControls();
}

void ImportPreviewPage::updateProfileControls()
{
    const bool usable = m_loaded && m_preview.error.isEmpty() && m_problems.isEmpty() && profileDepartment() > 0;
    m_saveProfile->setEnabled(usable && !m_profileName->text().trimmed().isEmpty());
    m_profileName->setEnabled(profileDepartment() > 0);
}

bool ImportPreviewPage::useProfile(const QString &name)
{
    if (name.isEmpty()) {
        choice().columns.clear();
    } else {
        const std::optional<ImportProfile> p = ImportProfiles(m_wizard->database()).byName(profileDepartment(), name);
        if (!p)
            return false;
        const ImportProfiles::Match match = ImportProfiles::match(*p, m_preview.header);
        if (!match.fits()) {
            m_profileStatus->setText(tr("This file does not have the column(s) %1 of the saved mapping \"%2\".")
                                         .arg(match.missing.join(QStringLiteral("、")), name));
            return false;
        }
        choice().columns = match.columns;
    }
    choice().profile = name;
    choice().profileChosen = true;
    showPreview();
    return true;
}

bool ImportPreviewPage::saveProfile(const QString &name)
{
    const qint64 department = profileDepartment();
    if (department <= 0 || !m_problems.isEmpty())
        return false;
    const GradeColumns::Mapping mapping = GradeColumns::map(m_preview.header, !m_wizard->department().isEmpty(), choice().columns);
    try {
        const ImportProfile saved = ImportProfiles(m_wizard->database())
                                        .save(m_wizard->actor(), department, name, ImportProfiles::headersOf(mapping, m_preview.header));
        choice().profile = saved.name;
        choice().profileChosen = true;
        m_profileName->clear();
        refreshProfiles();
        m_profileStatus->setText(tr("Saved as \"%1\" for %2: offered for the department's next files with these column names.")
                                     .arg(saved.name, saved.department));
        return true;
    } catch (const Error &e) {
        m_profileStatus->setText(e.message());
        return false;
    }
}

bool ImportPreviewPage::isComplete() const
{
    return m_loaded && !isLoading() && m_preview.error.isEmpty() && m_problems.isEmpty();
}

} // namespace cl
