#include "ViolationItemDialog.h"

#include "common/Error.h"
#include "common/ErrorLabel.h"
#include "db/Database.h"
#include "enforcement/DiscretionEngine.h"
#include "enforcement/ViolationCatalogue.h"
#include "registry/ReferenceData.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cl {

namespace {
QPlainTextEdit *textBox(QWidget *parent, const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QDoubleSpinBox *yuanBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setDecimals(2);
    box->setRange(0, 1e10);   // up to 100 亿元; statutory maxima of a few hundred 万元 fit easily
    box->setGroupSeparatorShown(true);
    box->setSuffix(ViolationItemDialog::tr(" yuan"));
    return box;
}
} // namespace

ViolationItemDialog::ViolationItemDialog(Database &db, const Actor &actor, const std::optional<ViolationItem> &item, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_isNew(!item), m_original(item.value_or(ViolationItem{})), m_code(new QLineEdit(this)),
      m_domain(new QComboBox(this)), m_department(new QComboBox(this)), m_name(textBox(this, QStringLiteral("violationName"), 2)),
      m_violationBasis(textBox(this, QStringLiteral("violationBasis"), 2)), m_penaltyBasis(textBox(this, QStringLiteral("penaltyBasis"), 2)),
      m_fineMin(yuanBox(this, QStringLiteral("fineMin"))), m_fineMax(yuanBox(this, QStringLiteral("fineMax"))),
      m_softList(new QGroupBox(tr("On the soft-enforcement list (包容审慎清单)"), this)), m_softSeq(new QSpinBox(this)),
      m_softLevel(new QComboBox(this)), m_softConditions(textBox(this, QStringLiteral("softConditions"), 3)), m_message(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("violationItemDialog"));
    setWindowTitle(m_isNew ? tr("New violation item") : tr("Edit violation item %1").arg(m_original.code));
    ViolationCatalogue catalogue(db);
    m_code->setObjectName(QStringLiteral("violationCode"));
    m_code->setPlaceholderText(tr("e.g. MKT-01"));
    m_code->setReadOnly(!m_isNew);  // cases and penalty records refer to the code
    m_domain->setObjectName(QStringLiteral("violationDomain"));
    m_domain->setEditable(true);
    QStringList domains;
    for (const ViolationItem &v : catalogue.items(false, false))
        if (!domains.contains(v.domain))
            domains << v.domain;
    m_domain->addItems(domains);
    m_department->setObjectName(QStringLiteral("violationDepartment"));
    for (const NamedRow &d : ReferenceData::departments(db.sql()))
        m_department->addItem(d.name, d.id);
    m_softList->setObjectName(QStringLiteral("softList"));
    m_softList->setCheckable(true);
    m_softSeq->setObjectName(QStringLiteral("softSeq"));
    m_softSeq->setRange(1, 9999);
    m_softLevel->setObjectName(QStringLiteral("softLevel"));
    for (const QString &level : {QStringLiteral("no_penalty"), QStringLiteral("mitigated"), QStringLiteral("lighter")})
        m_softLevel->addItem(DiscretionEngine::outcomeLabel(level), level);

    const ViolationItem &v = m_original;
    m_code->setText(v.code);
    m_domain->setCurrentText(v.domain);
    m_department->setCurrentIndex(qMax(0, m_department->findData(v.departmentId)));
    m_name->setPlainText(v.name);
    m_violationBasis->setPlainText(v.violationBasis);
    m_penaltyBasis->setPlainText(v.penaltyBasis);
    m_fineMin->setValue(double(v.fineMinFen) / 100.0);
    m_fineMax->setValue(double(v.fineMaxFen) / 100.0);
    m_softList->setChecked(v.onSoftList());
    m_softSeq->setValue(v.onSoftList() ? v.softSeq : catalogue.nextSoftSeq());
    m_softLevel->setCurrentIndex(qMax(0, m_softLevel->findData(v.softLevel)));
    m_softConditions->setPlainText(v.softConditions);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Field (领域):"), m_domain);
    form->addRow(tr("Enforcing &department:"), m_department);
    form->addRow(tr("&Violation:"), m_name);
    form->addRow(tr("Provision v&iolated:"), m_violationBasis);
    form->addRow(tr("&Penalty provision:"), m_penaltyBasis);
    auto *fines = new QHBoxLayout;
    fines->addWidget(m_fineMin, 1);
    fines->addWidget(new QLabel(tr("to"), this));
    fines->addWidget(m_fineMax, 1);
    auto *finesLabel = new QLabel(tr("Statutory fi&ne:"), this);
    finesLabel->setBuddy(m_fineMin);  // a label made by addRow(text, layout) has no buddy
    form->addRow(finesLabel, fines);
    auto *soft = new QFormLayout(m_softList);
    soft->addRow(tr("&Sequence number:"), m_softSeq);
    soft->addRow(tr("&Level:"), m_softLevel);
    soft->addRow(tr("&Applies when:"), m_softConditions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveViolation"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ViolationItemDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_softList);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(720, 540);
    (m_isNew ? static_cast<QWidget *>(m_code) : m_name)->setFocus();
}

ViolationItem ViolationItemDialog::item() const
{
    ViolationItem v = m_original;
    v.code = m_code->text().trimmed().toUpper();
    v.domain = m_domain->currentText().trimmed();
    v.departmentId = m_department->currentData().toLongLong();
    v.name = m_name->toPlainText().trimmed();
    v.violationBasis = m_violationBasis->toPlainText().trimmed();
    v.penaltyBasis = m_penaltyBasis->toPlainText().trimmed();
    v.fineMinFen = qRound64(m_fineMin->value() * 100);
    v.fineMaxFen = qRound64(m_fineMax->value() * 100);
    if (m_softList->isChecked()) {
        v.softSeq = m_softSeq->value();
        v.softLevel = m_softLevel->currentData().toString();
        v.softConditions = m_softConditions->toPlainText().trimmed();
    } else {
        v.softSeq = 0;
        v.softLevel.clear();
        v.softConditions.clear();
    }
    return v;
}

bool ViolationItemDialog::save()
{
    try {
        ViolationCatalogue(m_db).save(m_actor, item(), m_isNew);
    } catch (const Error &e) {
        m_message->showMessage(e.message());
        return false;
    }
    m_message->clearMessage();
    accept();
    return true;
}

} // namespace cl
