#include "ViolationCatalogueBox.h"

#include "ViolationItemDialog.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "db/Database.h"
#include "enforcement/Money.h"
#include "enforcement/ViolationCatalogue.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum Column { CodeColumn, SeqColumn, DomainColumn, DepartmentColumn, NameColumn, LevelColumn, FineColumn, StatusColumn, ColumnCount };
}

ViolationCatalogueBox::ViolationCatalogueBox(Database &db, const Actor &actor, QWidget *parent)
    : QGroupBox(tr("Violation catalogue and soft-enforcement list"), parent), m_db(db), m_actor(actor), m_items(new QTableWidget(0, ColumnCount, this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_toggleActive(new QPushButton(tr("&Deactivate"), this)), m_message(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("violationCatalogue"));
    m_items->setObjectName(QStringLiteral("violationItems"));
    m_items->setHorizontalHeaderLabels({tr("Code"), tr("No."), tr("Field"), tr("Department"), tr("Violation"), tr("Soft-list level"),
                                        tr("Statutory fine (yuan)"), tr("Status")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_items->setMinimumHeight(220);
    auto *add = new QPushButton(tr("&New item…"), this);
    add->setObjectName(QStringLiteral("newViolation"));
    m_edit->setObjectName(QStringLiteral("editViolation"));
    m_toggleActive->setObjectName(QStringLiteral("toggleViolation"));
    auto *exportButton = new QPushButton(tr("Export list…"), this);
    exportButton->setObjectName(QStringLiteral("exportViolations"));
    auto *importButton = new QPushButton(tr("Import list…"), this);
    importButton->setObjectName(QStringLiteral("importViolations"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_toggleActive);
    buttons->addStretch();
    buttons->addWidget(exportButton);
    buttons->addWidget(importButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Items referred to by cases are never deleted; deactivate them instead."), this));
    layout->addWidget(m_items, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this] { openDialog(false); });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &ViolationCatalogueBox::updateButtons);
    connect(m_toggleActive, &QPushButton::clicked, this, [this] {
        const QString code = selectedCode();
        const int row = m_items->currentRow();
        if (!code.isEmpty())
            setItemActive(code, !m_items->item(row, StatusColumn)->data(Qt::UserRole).toBool());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the violation catalogue"),
                                                          QDir::home().filePath(tr("soft-enforcement list.xlsx")),
                                                          tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportItems(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import the violation catalogue"), QDir::homePath(), tr("Tables (*.xlsx *.csv)"));
        if (!path.isEmpty())
            importItems(path);
    });
    reload();
}

void ViolationCatalogueBox::reload()
{
    const QString keep = selectedCode();
    const QList<ViolationItem> list = ViolationCatalogue(m_db).items(false, false);
    m_items->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const ViolationItem &v = list.at(row);
        const QStringList cells{v.code,
                                v.onSoftList() ? QString::number(v.softSeq) : QString(),
                                v.domain,
                                v.department,
                                v.name,
                                v.onSoftList() ? ViolationCatalogue::softLevelLabel(v.softLevel) : QString(),
                                tr("%1 – %2").arg(money::yuanText(v.fineMinFen), money::yuanText(v.fineMaxFen)),
                                v.active ? tr("In use") : tr("Inactive")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (!v.active)
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_items->setItem(row, c, cell);
        }
        m_items->item(row, StatusColumn)->setData(Qt::UserRole, v.active);
    }
    m_items->resizeColumnsToContents();
    m_items->setColumnWidth(NameColumn, qMin(m_items->columnWidth(NameColumn), 420));
    selectCode(keep);
    updateButtons();
}

QString ViolationCatalogueBox::selectedCode() const
{
    const int row = m_items->currentRow();
    return row >= 0 && m_items->item(row, CodeColumn) && m_items->item(row, CodeColumn)->isSelected() ? m_items->item(row, CodeColumn)->text()
                                                                                                      : QString();
}

void ViolationCatalogueBox::selectCode(const QString &code)
{
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (!code.isEmpty() && m_items->item(row, CodeColumn)->text() == code) {
            m_items->selectRow(row);
            m_items->scrollToItem(m_items->item(row, CodeColumn));
            return;
        }
}

void ViolationCatalogueBox::updateButtons()
{
    const int row = m_items->currentRow();
    const bool selected = !selectedCode().isEmpty();
    m_edit->setEnabled(selected);
    m_toggleActive->setEnabled(selected);
    m_toggleActive->setText(selected && !m_items->item(row, StatusColumn)->data(Qt::UserRole).toBool() ? tr("&Reactivate") : tr("&Deactivate"));
}

void ViolationCatalogueBox::openDialog(bool isNew)
{
    std::optional<ViolationItem> item;
    if (!isNew) {
        item = ViolationCatalogue(m_db).byCode(selectedCode());
        if (!item)
            return;
    }
    ViolationItemDialog dialog(m_db, m_actor, item, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_message->showMessage(tr("Violation item %1 saved.").arg(dialog.item().code), ErrorLabel::Tone::Info);
        reload();
        selectCode(dialog.item().code);
    }
}

void ViolationCatalogueBox::setItemActive(const QString &code, bool active)
{
    try {
        ViolationCatalogue(m_db).setActive(m_actor, code, active);
        m_message->showMessage(active ? tr("Violation item %1 is in use again.").arg(code)
                                      : tr("Violation item %1 deactivated: no longer offered for new cases.").arg(code),
                               ErrorLabel::Tone::Info);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reload();
}

void ViolationCatalogueBox::exportItems(const QString &path)
{
    try {
        ViolationCatalogue(m_db).exportFile(path);
        m_message->showMessage(tr("Violation catalogue written to %1.").arg(QDir::toNativeSeparators(path)), ErrorLabel::Tone::Info);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
}

void ViolationCatalogueBox::importItems(const QString &path)
{
    try {
        const ViolationCatalogue::ImportResult r = ViolationCatalogue(m_db).importFile(m_actor, path);
        QString text = tr("Violation catalogue imported: %1 added, %2 updated, %3 unchanged.").arg(r.inserted).arg(r.updated).arg(r.unchanged);
        for (const ViolationCatalogue::Issue &issue : r.rejected)
            text += QLatin1Char('\n') + tr("Row %1 %2: %3").arg(issue.row).arg(issue.column, issue.message);
        m_message->showMessage(text, r.rejected.isEmpty() ? ErrorLabel::Tone::Info : ErrorLabel::Tone::Warning);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reload();
}

} // namespace cl
