#include "LightReasons.h"

#include "LightDecision.h"
#include "db/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace cl {

namespace {

void appendEscaped(std::string &out, const char *data, size_t size)
{
    out.push_back('"');
    for (size_t i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out.append(buf);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}


// Positions in a stored reason.
enum Slot { Source, Key, Kind, Department, RawGrade, Level, Date, ValidFrom, ValidTo, Detail, Slots };

QString text(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

} // namespace

LightReasonCodec::LightReasonCodec(const QSqlDatabase &db)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, name FROM departments"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id >= 0 && id < 100000) {
            if (size_t(id) >= m_departments.size())
                m_departments.resize(size_t(id) + 1);
            m_departments[size_t(id)] = q.value(1).toString().toStdString();
        }
    }
}

void LightReasonCodec::appendJsonString(std::string &out, const std::string &value)
{
    appendEscaped(out, value.data(), value.size());
}

const std::string &LightReasonCodec::departmentName(qint64 id) const
{
    static const std::string none;
    return id >= 0 && size_t(id) < m_departments.size() ? m_departments[size_t(id)] : none;
}

void LightReasonCodec::encode(const std::vector<const LightFact *> &reasons, std::string &out) const
{
    out.assign("[");
    static const char *const sources[] = {"[\"d\",", "[\"f\",", "[\"e\","};
    bool firstReason = true;
    for (const LightFact *f : reasons) {
        if (!firstReason)
            out.push_back(',');
        firstReason = false;
        out.append(sources[f->source]);
        if (f->source == LightFact::Finding)
            appendJsonString(out, f->key);
        else
            out.append(f->key.empty() ? std::string("0") : f->key);  // decimal digits of a rowid
        const std::string *fields[] = {&f->kind, nullptr, &f->rawGrade, &f->level, &f->date,
                                       &f->validFrom, &f->validTo, &f->detail};
        static const std::string same("=");
        if (!f->validFrom.empty() && f->validFrom == f->date)
            fields[ValidFrom - Kind] = &same;
        int last = Department - Kind;  // the department is always written
        for (int i = Slots - Kind - 1; i > last; --i) {
            if (!fields[i]->empty()) {
                last = i;
                break;
            }
        }
        for (int i = 0; i <= last; ++i) {
            out.push_back(',');
            if (i == Department - Kind) {
                if (f->source == LightFact::Dishonest)
                    appendJsonString(out, f->authority);
                else
                    out.append(std::to_string(f->department));
            } else {
                appendJsonString(out, *fields[i]);
            }
        }
        out.push_back(']');
    }
    out.push_back(']');
}

QList<LightReason> LightReasonCodec::decode(const QByteArray &stored, const QString &ruleId) const
{
    QList<LightReason> out;
    const QJsonArray all = QJsonDocument::fromJson(stored).array();
    for (const QJsonValue &v : all) {
        LightReason r;
        if (v.isObject()) {  // the long form
            const QJsonObject o = v.toObject();
            r.ruleId = o.value(QLatin1String("rule_id")).toString();
            r.source = o.value(QLatin1String("source")).toString();
            r.key = text(o.value(QLatin1String("key")));
            r.kind = o.value(QLatin1String("kind")).toString();
            r.department = o.value(QLatin1String("department")).toString();
            r.rawGrade = o.value(QLatin1String("raw_grade")).toString();
            r.level = o.value(QLatin1String("level")).toString();
            r.date = o.value(QLatin1String("date")).toString();
            r.validFrom = o.value(QLatin1String("valid_from")).toString();
            r.validTo = o.value(QLatin1String("valid_to")).toString();
            r.detail = o.value(QLatin1String("detail")).toString();
            out << r;
            continue;
        }
        const QJsonArray a = v.toArray();
        const QString source = a.at(Source).toString();
        r.ruleId = ruleId;
        r.source = source == QLatin1String("d") ? QStringLiteral("dishonest")
                 : source == QLatin1String("f") ? QStringLiteral("finding") : QStringLiteral("evaluation");
        r.key = text(a.at(Key));
        r.kind = a.at(Kind).toString();
        const QJsonValue department = a.at(Department);
        r.department = department.isString() ? department.toString()
                                             : QString::fromStdString(departmentName(qint64(department.toDouble())));
        r.rawGrade = a.at(RawGrade).toString();
        r.level = a.at(Level).toString();
        r.date = a.at(Date).toString();
        r.validFrom = a.at(ValidFrom).toString();
        if (r.validFrom == QLatin1String("="))
            r.validFrom = r.date;
        r.validTo = a.at(ValidTo).toString();
        r.detail = a.at(Detail).toString();
        out << r;
    }
    return out;
}

QString LightReasonCodec::expand(const QByteArray &stored, const QString &ruleId) const
{
    std::string out("[");
    bool firstReason = true;
    for (const LightReason &r : decode(stored, ruleId)) {
        if (!firstReason)
            out.push_back(',');
        firstReason = false;
        out.push_back('{');
        bool first = true;
        auto field = [&](const char *name, const QString &value) {
            if (value.isEmpty())
                return;
            if (!first)
                out.push_back(',');
            first = false;
            out.push_back('"');
            out.append(name);
            out.append("\":");
            const QByteArray utf8 = value.toUtf8();
            appendEscaped(out, utf8.constData(), size_t(utf8.size()));
        };
        field("rule_id", r.ruleId);
        field("source", r.source);
        field("key", r.key);
        field("kind", r.kind);
        field("department", r.department);
        field("raw_grade", r.rawGrade);
        field("level", r.level);
        field("date", r.date);
        field("valid_from", r.validFrom);
        field("valid_to", r.validTo);
        field("detail", r.detail);
        out.push_back('}');
    }
    out.push_back(']');
    return QString::fromStdString(out);
}

} // namespace cl
