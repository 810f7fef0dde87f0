#pragma once

#include "LightEngine.h"

#include <QByteArray>
#include <string>
#include <vector>

namespace cl {

struct LightFact;

// How a light's reasons are stored (entity_lights.reasons, light_history.reasons). A recomputation
// writes them for every changed light, into both tables, so the stored form is compact (a third of
// the long form): a JSON array with one array per reason,
//   [source, key, kind, department, raw grade, level, date, valid from, valid to, detail]
// source "e" (evaluation), "f" (credit finding) or "d" (serious-dishonesty listing); key the
// evaluation's or listing's id as a number, a finding's "type:key" as text; department the
// department id (0: none), for a listing the listing authority's name; valid from "=" when it is
// the date; the empty fields at the end left out. The rule id is the light's own.
// decode()/expand() give what every reader sees: LightReason, or the long JSON form (one object per
// reason with named fields, as the reasons were stored before). Rows already in the long form are
// read as they are.
class LightReasonCodec
{
public:
    explicit LightReasonCodec(const QSqlDatabase &db);  // reads the department names

    void encode(const std::vector<const LightFact *> &reasons, std::string &out) const;
    QList<LightReason> decode(const QByteArray &stored, const QString &ruleId) const;
    QString expand(const QByteArray &stored, const QString &ruleId) const;

    const std::string &departmentName(qint64 id) const;
    static void appendJsonString(std::string &out, const std::string &value);

private:
    std::vector<std::string> m_departments;  // by id
};

} // namespace cl
