#include "ApprovalItemDialog.h"

#include "approval/ItemCatalogue.h"
#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "db/Database.h"
#include "registry/ReferenceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl {

namespace {
enum MaterialColumn { MaterialName, MaterialCore };

QPlainTextEdit *textBox(QWidget *parent, const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
} // namespace

ApprovalItemDialog::ApprovalItemDialog(Database &db, const Actor &actor, const std::optional<ApprovalItem> &item, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_isNew(!item), m_original(item.value_or(ApprovalItem{})), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_category(new QComboBox(this)), m_approving(new QComboBox(this)), m_supervising(new QListWidget(this)),
      m_legalBasis(textBox(this, QStringLiteral("legalBasis"), 2)), m_statutoryDays(new QSpinBox(this)), m_promisedDays(new QSpinBox(this)),
      m_verifyMethod(new QComboBox(this)), m_verifyDays(new QSpinBox(this)), m_sampleRate(new QDoubleSpinBox(this)),
      m_commitment(new QCheckBox(tr("Commitment mode allowed"), this)), m_deficiency(new QCheckBox(tr("容缺 acceptance allowed"), this)),
      m_excluded(new QCheckBox(tr("Excluded from commitment (security, safety, ecology, life and health)"), this)),
      m_materials(new QTableWidget(0, 2, this)), m_letter(textBox(this, QStringLiteral("letterTemplate"), 5)), m_message(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("approvalItemDialog"));
    setWindowTitle(m_isNew ? tr("New approval item") : tr("Edit approval item %1").arg(m_original.code));
    m_code->setObjectName(QStringLiteral("itemCode"));
    m_code->setPlaceholderText(tr("e.g. 370681-WJ-001"));
    m_code->setReadOnly(!m_isNew);  // the code identifies the item in applications and exchange records
    m_name->setObjectName(QStringLiteral("itemName"));
    m_category->setObjectName(QStringLiteral("itemCategory"));
    for (const QString &c : ItemCatalogue::categories())
        m_category->addItem(ItemCatalogue::categoryLabel(c), c);
    m_approving->setObjectName(QStringLiteral("approvingDepartment"));
    m_supervising->setObjectName(QStringLiteral("supervisingDepartments"));
    m_supervising->setFixedHeight(m_supervising->fontMetrics().height() * 6 + 8);
    for (const NamedRow &d : ReferenceData::departments(db.sql())) {
        m_approving->addItem(d.name, d.id);
        auto *row = new QListWidgetItem(d.name, m_supervising);
        row->setData(Qt::UserRole, d.id);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    for (QSpinBox *days : {m_statutoryDays, m_promisedDays, m_verifyDays}) {
        days->setRange(0, 365);
        days->setSuffix(tr(" working days"));
    }
    m_statutoryDays->setObjectName(QStringLiteral("statutoryDays"));
    m_promisedDays->setObjectName(QStringLiteral("promisedDays"));
    m_verifyDays->setObjectName(QStringLiteral("verifyWithinDays"));
    m_verifyMethod->setObjectName(QStringLiteral("verifyMethod"));
    for (const QString &m : ItemCatalogue::verifyMethods())
        m_verifyMethod->addItem(ItemCatalogue::verifyMethodLabel(m), m);
    m_sampleRate->setObjectName(QStringLiteral("sampleRate"));
    m_sampleRate->setRange(0, 1000);
    m_sampleRate->setDecimals(0);
    m_sampleRate->setSuffix(QStringLiteral(" %"));
    m_commitment->setObjectName(QStringLiteral("commitmentAllowed"));
    m_deficiency->setObjectName(QStringLiteral("deficiencyAllowed"));
    m_excluded->setObjectName(QStringLiteral("excluded"));
    m_materials->setObjectName(QStringLiteral("materials"));
    m_materials->setHorizontalHeaderLabels({tr("Material"), tr("Core")});
    m_materials->horizontalHeader()->setSectionResizeMode(MaterialName, QHeaderView::Stretch);
    m_materials->horizontalHeader()->setSectionResizeMode(MaterialCore, QHeaderView::ResizeToContents);
    m_materials->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_materials->setSelectionMode(QAbstractItemView::SingleSelection);
    m_materials->verticalHeader()->setDefaultSectionSize(m_materials->fontMetrics().height() + 10);
    m_letter->setPlaceholderText(tr("Empty: a new item starts with the office's standard letter."));

    // Fill the fields from the item (or the defaults of a new one).
    const ApprovalItem &i = m_original;
    m_code->setText(i.code);
    m_name->setText(i.name);
    m_category->setCurrentIndex(qMax(0, m_category->findData(i.category.isEmpty() ? QStringLiteral("business_licence") : i.category)));
    m_approving->setCurrentIndex(qMax(0, m_approving->findData(i.approvingDepartmentId)));
    for (int r = 0; r < m_supervising->count(); ++r) {
        QListWidgetItem *row = m_supervising->item(r);
        if (i.supervisingDepartmentIds.contains(row->data(Qt::UserRole).toLongLong()))
            row->setCheckState(Qt::Checked);
    }
    m_legalBasis->setPlainText(i.legalBasis);
    m_statutoryDays->setValue(m_isNew ? 20 : i.statutoryDays);
    m_promisedDays->setValue(m_isNew ? 1 : i.promisedDays);
    m_verifyMethod->setCurrentIndex(qMax(0, m_verifyMethod->findData(i.verifyMethod.isEmpty() ? QStringLiteral("onsite") : i.verifyMethod)));
    m_verifyDays->setValue(i.verifyWithinDays);
    m_sampleRate->setValue(i.sampleRate * 100);
    m_commitment->setChecked(i.commitmentAllowed);
    m_deficiency->setChecked(i.deficiencyAllowed);
    m_excluded->setChecked(i.excluded);
    for (const ItemMaterial &m : i.materials)
        addMaterial(m.name, m.core);
    m_letter->setPlainText(i.letterTemplate);

    auto *addButton = new QPushButton(tr("Add &material"), this);
    addButton->setObjectName(QStringLiteral("addMaterial"));
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    removeButton->setObjectName(QStringLiteral("removeMaterial"));
    auto *upButton = new QPushButton(tr("Move &up"), this);
    upButton->setObjectName(QStringLiteral("materialUp"));
    auto *downButton = new QPushButton(tr("Move do&wn"), this);
    downButton->setObjectName(QStringLiteral("materialDown"));
    connect(addButton, &QPushButton::clicked, this, [this] {
        addMaterial({}, true);
        m_materials->setCurrentCell(m_materials->rowCount() - 1, MaterialName);
        m_materials->editItem(m_materials->item(m_materials->rowCount() - 1, MaterialName));
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_materials->currentRow() >= 0)
            m_materials->removeRow(m_materials->currentRow());
    });
    connect(upButton, &QPushButton::clicked, this, [this] { moveMaterial(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveMaterial(1); });
    connect(m_excluded, &QCheckBox::toggled, this, &ApprovalItemDialog::updateFlags);

    auto *general = new QFormLayout;
    general->addRow(tr("Item &code:"), m_code);
    general->addRow(tr("Item &name:"), m_name);
    general->addRow(tr("Cate&gory:"), m_category);
    general->addRow(tr("&Approving department:"), m_approving);
    general->addRow(tr("&Supervising departments:"), m_supervising);
    general->addRow(tr("&Legal basis:"), m_legalBasis);
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_statutoryDays);
    limits->addWidget(new QLabel(tr("under commitment:"), this));
    limits->addWidget(m_promisedDays);
    auto *limitsLabel = new QLabel(tr("Ordinary &time limit:"), this);
    limitsLabel->setBuddy(m_statutoryDays);  // a label made by addRow(text, layout) has no buddy
    general->addRow(limitsLabel, limits);
    auto *verification = new QHBoxLayout;
    verification->addWidget(m_verifyMethod);
    verification->addWidget(new QLabel(tr("within"), this));
    verification->addWidget(m_verifyDays);
    verification->addWidget(new QLabel(tr("sample"), this));
    verification->addWidget(m_sampleRate);
    auto *verificationLabel = new QLabel(tr("&Verification:"), this);
    verificationLabel->setBuddy(m_verifyMethod);
    general->addRow(verificationLabel, verification);
    general->addRow(QString(), m_commitment);
    general->addRow(QString(), m_deficiency);
    general->addRow(QString(), m_excluded);

    auto *materialsBox = new QGroupBox(tr("Materials (容缺 only for secondary ones: clear \"Core\")"), this);
    auto *materialButtons = new QHBoxLayout;
    materialButtons->addWidget(addButton);
    materialButtons->addWidget(removeButton);
    materialButtons->addStretch();
    materialButtons->addWidget(upButton);
    materialButtons->addWidget(downButton);
    auto *materialsLayout = new QVBoxLayout(materialsBox);
    materialsLayout->addWidget(m_materials, 1);
    materialsLayout->addLayout(materialButtons);
    materialsLayout->addWidget(new QLabel(tr("Commitment letter template:"), this));
    materialsLayout->addWidget(m_letter);

    auto *columns = new QHBoxLayout;
    columns->addLayout(general, 3);
    columns->addWidget(materialsBox, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveItem"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalItemDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1080, 640);
    updateFlags();
    (m_isNew ? m_code : m_name)->setFocus();
}

void ApprovalItemDialog::addMaterial(const QString &name, bool core)
{
    const int row = m_materials->rowCount();
    m_materials->insertRow(row);
    m_materials->setItem(row, MaterialName, new QTableWidgetItem(name));
    auto *flag = new QTableWidgetItem(tr("Core"));
    flag->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    flag->setCheckState(core ? Qt::Checked : Qt::Unchecked);
    m_materials->setItem(row, MaterialCore, flag);
}

void ApprovalItemDialog::moveMaterial(int by)
{
    const int row = m_materials->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_materials->rowCount())
        return;
    for (int c = 0; c < m_materials->columnCount(); ++c) {
        QTableWidgetItem *a = m_materials->takeItem(row, c);
        QTableWidgetItem *b = m_materials->takeItem(to, c);
        m_materials->setItem(row, c, b);
        m_materials->setItem(to, c, a);
    }
    m_materials->setCurrentCell(to, MaterialName);
}

void ApprovalItemDialog::updateFlags()
{
    // An excluded item never offers commitment or 容缺: say so in the form instead of only refusing at save.
    if (m_excluded->isChecked()) {
        m_commitment->setChecked(false);
        m_deficiency->setChecked(false);
    }
    m_commitment->setEnabled(!m_excluded->isChecked());
    m_deficiency->setEnabled(!m_excluded->isChecked());
}

ApprovalItem ApprovalItemDialog::item() const
{
    ApprovalItem i = m_original;
    i.code = m_code->text().trimmed().toUpper();
    i.name = m_name->text().trimmed();
    i.category = m_category->currentData().toString();
    i.approvingDepartmentId = m_approving->currentData().toLongLong();
    i.supervisingDepartmentIds.clear();
    for (int r = 0; r < m_supervising->count(); ++r)
        if (m_supervising->item(r)->checkState() == Qt::Checked)
            i.supervisingDepartmentIds << m_supervising->item(r)->data(Qt::UserRole).toLongLong();
    i.legalBasis = m_legalBasis->toPlainText().trimmed();
    i.statutoryDays = m_statutoryDays->value();
    i.promisedDays = m_promisedDays->value();
    i.verifyMethod = m_verifyMethod->currentData().toString();
    i.verifyWithinDays = m_verifyDays->value();
    i.sampleRate = m_sampleRate->value() / 100.0;
    i.commitmentAllowed = m_commitment->isChecked();
    i.deficiencyAllowed = m_deficiency->isChecked();
    i.excluded = m_excluded->isChecked();
    i.materials.clear();
    for (int r = 0; r < m_materials->rowCount(); ++r)
        i.materials << ItemMaterial{r + 1, m_materials->item(r, MaterialName)->text().trimmed(),
                                    m_materials->item(r, MaterialCore)->checkState() == Qt::Checked};
    i.letterTemplate = m_letter->toPlainText();
    return i;
}

bool ApprovalItemDialog::save()
{
    try {
        ItemCatalogue::saveEdited(m_db, m_actor, item(), m_isNew);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return false;
    }
    m_message->clearMessage();
    accept();
    return true;
}

} // namespace cl
