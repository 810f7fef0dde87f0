#include "WorkbenchPage.h"

#include "auth/Role.h"
#include "common/Error.h"
#include "db/Database.h"
#include "registry/EntityRepository.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cl {

WorkbenchPage::WorkbenchPage(Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent), m_db(db), m_total(new QLabel(this))
{
    auto *greeting = new QLabel(tr("Welcome, %1").arg(actor.displayName.isEmpty() ? actor.username : actor.displayName), this);
    greeting->setObjectName(QStringLiteral("workbenchGreeting"));
    QFont big = greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    greeting->setFont(big);
    auto *role = new QLabel(tr("Signed in as %1 (%2)").arg(actor.username, Role::label(actor.role)), this);
    role->setObjectName(QStringLiteral("workbenchRole"));

    m_total->setObjectName(QStringLiteral("workbenchTotal"));
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    m_total->setFont(totalFont);
    auto *open = new QPushButton(tr("Open market entities"), this);
    open->setObjectName(QStringLiteral("workbenchOpenEntities"));
    connect(open, &QPushButton::clicked, this, &WorkbenchPage::openEntitiesRequested);
    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(m_total);
    totalRow->addSpacing(16);
    totalRow->addWidget(open);
    totalRow->addStretch();

    auto *keysTitle = new QLabel(tr("Keyboard"), this);
    QFont bold = keysTitle->font();
    bold.setBold(true);
    keysTitle->setFont(bold);
    auto *keys = new QGridLayout;
    const QList<QPair<QString, QString>> hints{
        {tr("Ctrl+F"), tr("Search market entities by name or credit code")},
        {tr("Enter"), tr("In the search field: go to the results; in the list: open the profile")},
        {tr("Alt+1 … Alt+8"), tr("Switch between the work areas on the left")},
        {tr("Ctrl+N"), tr("Register a new market entity (on the market entities page)")},
        {tr("Esc"), tr("Clear the search field, or close a dialog")},
    };
    for (int i = 0; i < hints.size(); ++i) {
        auto *key = new QLabel(hints.at(i).first, this);
        key->setFont(bold);
        keys->addWidget(key, i, 0);
        keys->addWidget(new QLabel(hints.at(i).second, this), i, 1);
    }
    keys->setColumnStretch(1, 1);
    keys->setHorizontalSpacing(24);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(greeting);
    layout->addWidget(role);
    layout->addSpacing(16);
    layout->addLayout(totalRow);
    layout->addSpacing(24);
    layout->addWidget(keysTitle);
    layout->addLayout(keys);
    layout->addStretch();
    updateTotal();
}

void WorkbenchPage::showEvent(QShowEvent *event)
{
    updateTotal();
    QWidget::showEvent(event);
}

void WorkbenchPage::updateTotal()
{
    try {
        const qint64 total = EntityRepository(m_db).total();
        m_total->setText(tr("%Ln market entities in the register", nullptr, int(qMin<qint64>(total, INT_MAX))));
    } catch (const Error &e) {
        m_total->setText(e.message());
    }
}

} // namespace cl
