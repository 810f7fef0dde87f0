#include "ApprovalSettingsBox.h"

#include "ApprovalItemDialog.h"
#include "approval/ItemCatalogue.h"
#include "approval/ItemCatalogueFile.h"
#include "approval/WorkingCalendar.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "db/Database.h"
#include "db/WriteTransaction.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum ItemColumn { CodeColumn, StatusColumn = 7, ItemColumnCount };
}

ApprovalSettingsBox::ApprovalSettingsBox(Database &db, const Actor &actor, QWidget *parent)
    : QGroupBox(tr("Approval by commitment"), parent), m_db(db), m_actor(actor), m_items(new QTableWidget(this)),
      m_editItem(new QPushButton(tr("&Edit…"), this)), m_toggleItem(new QPushButton(tr("&Deactivate"), this)), m_year(new QSpinBox(this)),
      m_calendar(new QTableWidget(this)), m_day(new QDateEdit(Clock::today(), this)), m_kind(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_message(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("approvalSettings"));
    m_items->setObjectName(QStringLiteral("itemCatalogue"));
    m_items->setColumnCount(ItemColumnCount);
    m_items->setHorizontalHeaderLabels({tr("Code"), tr("Item"), tr("Ordinary limit"), tr("Promised"), tr("Verification"), tr("Commitment"),
                                        tr("Supervising departments"), tr("Status")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->verticalHeader()->hide();
    m_items->setMinimumHeight(220);
    auto *newItemButton = new QPushButton(tr("&New item…"), this);
    newItemButton->setObjectName(QStringLiteral("newItem"));
    m_editItem->setObjectName(QStringLiteral("editItem"));
    m_toggleItem->setObjectName(QStringLiteral("toggleItem"));
    auto *exportButton = new QPushButton(tr("E&xport catalogue…"), this);
    exportButton->setObjectName(QStringLiteral("exportItems"));
    auto *importButton = new QPushButton(tr("I&mport catalogue…"), this);
    importButton->setObjectName(QStringLiteral("importItems"));

    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2020, 2100);
    m_year->setValue(Clock::today().year());
    m_calendar->setObjectName(QStringLiteral("calendarDays"));
    m_calendar->setColumnCount(3);
    m_calendar->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name")});
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calendar->verticalHeader()->hide();
    m_calendar->horizontalHeader()->setStretchLastSection(true);
    m_calendar->setMinimumHeight(200);
    m_day->setObjectName(QStringLiteral("calendarDay"));
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    m_kind->setObjectName(QStringLiteral("calendarKind"));
    m_kind->addItem(tr("Holiday"), false);
    m_kind->addItem(tr("Adjusted working day"), true);
    m_name->setObjectName(QStringLiteral("calendarName"));
    m_name->setPlaceholderText(tr("e.g. 春节"));
    auto *setButton = new QPushButton(tr("&Set day"), this);
    setButton->setObjectName(QStringLiteral("setCalendarDay"));
    auto *removeButton = new QPushButton(tr("Re&move day"), this);
    removeButton->setObjectName(QStringLiteral("removeCalendarDay"));

    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(new QLabel(tr("Item catalogue (items used by applications are deactivated, never deleted)"), this), 1);
    itemButtons->addWidget(newItemButton);
    itemButtons->addWidget(m_editItem);
    itemButtons->addWidget(m_toggleItem);
    itemButtons->addWidget(exportButton);
    itemButtons->addWidget(importButton);
    auto *calendarRow = new QHBoxLayout;
    calendarRow->addWidget(new QLabel(tr("Working-day calendar, year:"), this));
    calendarRow->addWidget(m_year);
    calendarRow->addStretch();
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_day);
    editRow->addWidget(m_kind);
    editRow->addWidget(m_name, 1);
    editRow->addWidget(setButton);
    editRow->addWidget(removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(itemButtons);
    layout->addWidget(m_items, 2);
    layout->addLayout(calendarRow);
    layout->addWidget(m_calendar, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);

    connect(newItemButton, &QPushButton::clicked, this, [this] { openItemDialog(true); });
    connect(m_editItem, &QPushButton::clicked, this, [this] { openItemDialog(false); });
    connect(m_items, &QTableWidget::cellDoubleClicked, this, [this] { openItemDialog(false); });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &ApprovalSettingsBox::updateItemButtons);
    connect(m_toggleItem, &QPushButton::clicked, this, [this] {
        const QString code = selectedCode();
        if (!code.isEmpty())
            setItemActive(code, !m_items->item(m_items->currentRow(), StatusColumn)->data(Qt::UserRole).toBool());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the item catalogue"), QDir::home().filePath(tr("item catalogue.xlsx")),
                                                          tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (!path.isEmpty())
            exportItems(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import the item catalogue"), QDir::homePath(), tr("Tables (*.xlsx *.csv)"));
        if (!path.isEmpty())
            importItems(path);
    });
    connect(m_year, &QSpinBox::valueChanged, this, &ApprovalSettingsBox::reloadCalendar);
    connect(setButton, &QPushButton::clicked, this, [this] { setCalendarDay(m_day->date(), m_kind->currentData().toBool(), m_name->text().trimmed()); });
    connect(removeButton, &QPushButton::clicked, this, [this] { removeCalendarDay(m_day->date()); });
    connect(m_calendar, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_calendar->currentRow();
        if (row >= 0)
            m_day->setDate(QDate::fromString(m_calendar->item(row, 0)->text(), Qt::ISODate));
    });
    reloadItems();
    reloadCalendar();
}

void ApprovalSettingsBox::reloadItems()
{
    const QString keep = selectedCode();
    const QList<ApprovalItem> list = ItemCatalogue::list(m_db.sql(), {}, false);
    m_items->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const ApprovalItem &i = list.at(row);
        const QString mode = i.excluded ? tr("excluded") : i.commitmentAllowed ? tr("yes") : tr("no");
        const QStringList cells{i.code, i.name, QString::number(i.statutoryDays), QString::number(i.promisedDays),
                                tr("%1, %2 working days").arg(ItemCatalogue::verifyMethodLabel(i.verifyMethod)).arg(i.verifyWithinDays), mode,
                                i.supervisingDepartments.join(QStringLiteral("、")), i.active ? tr("In use") : tr("Inactive")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (!i.active)
                cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_items->setItem(row, c, cell);
        }
        m_items->item(row, StatusColumn)->setData(Qt::UserRole, i.active);
    }
    m_items->resizeColumnsToContents();
    selectCode(keep);
    updateItemButtons();
}

QString ApprovalSettingsBox::selectedCode() const
{
    const int row = m_items->currentRow();
    const QTableWidgetItem *cell = row >= 0 ? m_items->item(row, CodeColumn) : nullptr;
    return cell && cell->isSelected() ? cell->text() : QString();
}

void ApprovalSettingsBox::selectCode(const QString &code)
{
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (!code.isEmpty() && m_items->item(row, CodeColumn)->text() == code) {
            m_items->selectRow(row);
            m_items->scrollToItem(m_items->item(row, CodeColumn));
            return;
        }
}

void ApprovalSettingsBox::updateItemButtons()
{
    const bool selected = !selectedCode().isEmpty();
    m_editItem->setEnabled(selected);
    m_toggleItem->setEnabled(selected);
    m_toggleItem->setText(selected && !m_items->item(m_items->currentRow(), StatusColumn)->data(Qt::UserRole).toBool() ? tr("&Reactivate")
                                                                                                                        : tr("&Deactivate"));
}

void ApprovalSettingsBox::openItemDialog(bool isNew)
{
    std::optional<ApprovalItem> item;
    if (!isNew) {
        item = ItemCatalogue::byCode(m_db.sql(), selectedCode());
        if (!item)
            return;
    }
    ApprovalItemDialog dialog(m_db, m_actor, item, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_message->showMessage(tr("Item %1 saved.").arg(dialog.item().code), ErrorLabel::Tone::Info);
        reloadItems();
        selectCode(dialog.item().code);
    }
}

void ApprovalSettingsBox::setItemActive(const QString &code, bool active)
{
    try {
        ItemCatalogue::setActive(m_db, m_actor, code, active);
        m_message->showMessage(active ? tr("Item %1 is offered at the window again.").arg(code)
                                      : tr("Item %1 deactivated: no longer offered at the window; its applications are kept.").arg(code),
                               ErrorLabel::Tone::Info);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reloadItems();
}

void ApprovalSettingsBox::reloadCalendar()
{
    const QList<WorkingCalendar::Day> days = WorkingCalendar::load(m_db.sql()).exceptions(m_year->value());
    m_calendar->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const WorkingCalendar::Day &d = days.at(row);
        m_calendar->setItem(row, 0, new QTableWidgetItem(d.date.toString(Qt::ISODate)));
        m_calendar->setItem(row, 1, new QTableWidgetItem(d.working ? tr("Adjusted working day") : tr("Holiday")));
        m_calendar->setItem(row, 2, new QTableWidgetItem(d.name));
    }
    m_calendar->resizeColumnsToContents();
}

void ApprovalSettingsBox::exportItems(const QString &path)
{
    try {
        ItemCatalogueFile::exportTo(m_db.sql(), path);
        m_message->showMessage(tr("Item catalogue written to %1.").arg(QDir::toNativeSeparators(path)), ErrorLabel::Tone::Info);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
}

void ApprovalSettingsBox::importItems(const QString &path)
{
    try {
        WriteTransaction tx(m_db, m_actor, Permission::SettingsEdit);
        const ItemCatalogueFile::ImportResult r = ItemCatalogueFile::importFrom(tx, path);
        tx.commit();
        m_message->showMessage(tr("Item catalogue imported: %1 added, %2 updated.").arg(r.added).arg(r.updated), ErrorLabel::Tone::Info);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reloadItems();
}

void ApprovalSettingsBox::setCalendarDay(const QDate &date, bool working, const QString &name)
{
    try {
        WriteTransaction tx(m_db, m_actor, Permission::SettingsEdit);
        WorkingCalendar::setDay(tx, {date, working, name});
        tx.commit();
        m_message->clearMessage();
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    m_year->setValue(date.year());
    reloadCalendar();
}

void ApprovalSettingsBox::removeCalendarDay(const QDate &date)
{
    try {
        WriteTransaction tx(m_db, m_actor, Permission::SettingsEdit);
        WorkingCalendar::removeDay(tx, date);
        tx.commit();
        m_message->clearMessage();
    } catch (const Error &e) {
        m_message->showMessage(e.message());
    }
    reloadCalendar();
}

} // namespace cl
