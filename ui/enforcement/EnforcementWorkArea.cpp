#include "EnforcementWorkArea.h"

#include "EnforcementPage.h"
#include "PenaltiesPage.h"

namespace cl {

EnforcementWorkArea::EnforcementWorkArea(Database &db, const Actor &actor, QWidget *parent)
    : QTabWidget(parent), m_case(new EnforcementPage(db, actor, this)), m_penalties(new PenaltiesPage(db, actor, this))
{
    addTab(m_case, tr("Case and discretion"));
    addTab(m_penalties, tr("Penalties and credit repair"));
    // A decision may have added a penalty: show it when the officer turns to the list.
    connect(m_case, &EnforcementPage::decisionRecorded, m_penalties, &PenaltiesPage::reload);
}

} // namespace cl
