#pragma once

#include <QStringList>

namespace cl {

// The kind codes of Entity::kind in display order, for filter and form combos.
// (Belongs in core as Entity::kinds(); kept here until core offers it.)
inline QStringList entityKinds()
{
    return {QStringLiteral("enterprise"), QStringLiteral("individual"), QStringLiteral("cooperative"),
            QStringLiteral("institution"), QStringLiteral("social_org"), QStringLiteral("natural_person"),
            QStringLiteral("other")};
}

} // namespace cl
