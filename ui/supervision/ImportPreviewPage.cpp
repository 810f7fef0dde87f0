#include "ImportPreviewPage.h"

#include "GradeImportWizard.h"
#include "common/ErrorLabel.h"
#include "common/JobRunner.h"
#include "supervision/GradeColumns.h"
#include "supervision/TableReader.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
      m_sheetLabel(new QLabel(tr("S&heet:"), this)), m_mappingHost(new QWidget), m_table(new QTableWidget(this)),
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
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(4, 4, 4, 4);
    mappingLayout->addWidget(scroll);

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
    load();
}

bool ImportPreviewPage::isComplete() const
{
    return m_loaded && !isLoading() && m_preview.error.isEmpty() && m_problems.isEmpty();
}

} // namespace cl
