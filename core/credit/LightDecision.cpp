#include "LightDecision.h"

#include "LightReasons.h"

#include "common/BoundedQueue.h"
#include "db/RawStatement.h"
#include "common/Error.h"
#include "db/SqlUtil.h"

#include <QScopeGuard>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <thread>
#include <sqlite3.h>

namespace cl {

namespace {

QString q(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

LightDecision::LightDecision(QList<LightRule> rules, int ruleVersion, const QSqlDatabase &db) : m_version(ruleVersion), m_codec(db)
{
    for (const LightRule &r : rules) {
        CompiledRule c{r, {}, LightFact::Evaluation, r.source == QLatin1String("none")};
        for (const QString &m : r.match)
            c.match.push_back(m.toStdString());
        if (r.source == QLatin1String("dishonest"))
            c.source = LightFact::Dishonest;
        else if (r.source == QLatin1String("finding"))
            c.source = LightFact::Finding;
        m_rules.push_back(std::move(c));
    }
    m_fallback = LightRule{QStringLiteral("U1"), 0, QStringLiteral("grey"), QStringLiteral("none"), {}, {}};
}

void LightDecision::decide(const EntityFacts &facts, Outcome &outcome) const
{
    outcome.reasons.clear();
    for (const CompiledRule &r : m_rules) {
        if (r.always) {
            outcome.rule = &r.rule;
            return;
        }
        for (const LightFact &f : facts.facts) {
            if (f.source != r.source)
                continue;
            const std::string &value = f.source == LightFact::Evaluation ? f.level : f.kind;
            if (r.source == LightFact::Dishonest || std::find(r.match.begin(), r.match.end(), value) != r.match.end())
                outcome.reasons.push_back(&f);
        }
        if (!outcome.reasons.empty()) {
            outcome.rule = &r.rule;
            return;
        }
    }
    outcome.rule = &m_fallback;
}

LightResult LightDecision::result(const EntityFacts &facts, const QDate &asOf) const
{
    Outcome o;
    decide(facts, o);
    LightResult r;
    r.asOf = asOf;
    r.ruleVersion = m_version;
    r.light = o.rule->light;
    r.ruleId = o.rule->ruleId;
    for (const LightFact *f : o.reasons) {
        LightReason reason;
        reason.ruleId = r.ruleId;
        reason.source = f->source == LightFact::Dishonest ? QStringLiteral("dishonest")
                      : f->source == LightFact::Finding ? QStringLiteral("finding") : QStringLiteral("evaluation");
        reason.key = q(f->key);
        reason.kind = q(f->kind);
        reason.department = q(f->source == LightFact::Dishonest ? f->authority : m_codec.departmentName(f->department));
        reason.rawGrade = q(f->rawGrade);
        reason.level = q(f->level);
        reason.date = q(f->date);
        reason.validFrom = q(f->validFrom);
        reason.validTo = q(f->validTo);
        reason.detail = q(f->detail);
        r.reasons << reason;
    }
    return r;
}

LightEngine::Stats LightDecision::apply(sqlite3 *db, LightFacts &facts, const QDate &asOf, const QString &now, bool subset,
                                       const QSet<qint64> *only, sqlite3 *reader) const
{
    struct Change
    {
        qint64 entityId;
        const LightRule *rule;
        std::string reasons;
        bool historic;  // light or rule changed
        bool stored;    // the entity has a row in entity_lights
    };
    LightEngine::Stats stats;
    // CREDITLOOP_PROFILE=1: where the time goes (written to stderr at the end).
    static const bool profile = qEnvironmentVariableIsSet("CREDITLOOP_PROFILE");
    qint64 phases[5] = {};
    struct Phase
    {
        qint64 &total;
        qint64 start = profile ? std::chrono::steady_clock::now().time_since_epoch().count() : 0;
        explicit Phase(qint64 &t) : total(t) {}
        ~Phase()
        {
            if (profile)
                total += std::chrono::steady_clock::now().time_since_epoch().count() - start;
        }
    };
    const auto report = qScopeGuard([&] {
        if (profile)
            std::fprintf(stderr, "lights: entity_lights %.0f ms, light_history %.0f ms, outbox %.0f ms, facts %.0f ms, decide %.0f ms\n",
                         double(phases[0]) / 1e6, double(phases[1]) / 1e6, double(phases[2]) / 1e6, double(phases[3]) / 1e6,
                         double(phases[4]) / 1e6);
    });

    // The writes, bound from bytes that live through the loop (no conversion or copy per row; the
    // values common to every row bound once), as multi-row statements of up to 16 changes: at one
    // row per statement, opening the cursors of each execution cost more than the rows did.
    // A multi-row statement that may fail half-way needs a statement journal, so they are used
    // only while foreign keys are off (the grade import's transaction) and with OR FAIL (any
    // failure aborts the caller's whole transaction anyway); otherwise one row per statement.
    int foreignKeys = 1;
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, -1, &foreignKeys);
    const int chunk = foreignKeys ? 1 : 16;
    const QByteArray asOfText = asOf.toString(Qt::ISODate).toUtf8(), nowText = now.toUtf8();
    struct RuleText
    {
        const LightRule *rule;
        QByteArray light, ruleId;
    };
    std::vector<RuleText> ruleTexts;
    ruleTexts.reserve(m_rules.size() + 1);  // references handed out stay valid
    auto textOf = [&ruleTexts](const LightRule *rule) -> const RuleText & {
        for (const RuleText &t : ruleTexts)
            if (t.rule == rule)
                return t;
        ruleTexts.push_back(RuleText{rule, rule->light.toUtf8(), rule->ruleId.toUtf8()});
        return ruleTexts.back();
    };
    // ?1 as_of, ?2 now, ?3 rule version; then per row the parameters of its template (%1 … %n).
    auto values = [](int rows, int perRow, const char *row) {
        QByteArray out;
        for (int i = 0; i < rows; ++i) {
            QByteArray r(row);
            for (int k = perRow; k >= 1; --k)
                r.replace("%" + QByteArray::number(k), "?" + QByteArray::number(4 + perRow * i + k - 1));
            out += (i ? ", " : "") + r;
        }
        return out;
    };
    const QByteArray insert = chunk > 1 ? "INSERT OR FAIL INTO " : "INSERT INTO ";
    std::vector<std::unique_ptr<RawStatement>> inserts(static_cast<size_t>(chunk)), upserts(static_cast<size_t>(chunk)),
        histories(static_cast<size_t>(chunk));
    auto prepared = [&](std::vector<std::unique_ptr<RawStatement>> &cache, int n, const auto &sql) -> RawStatement & {
        std::unique_ptr<RawStatement> &s = cache[size_t(n - 1)];
        if (!s) {
            s = std::make_unique<RawStatement>(db, QByteArray(sql()).constData());
            s->bindText(1, asOfText.constData(), asOfText.size()).bindText(2, nowText.constData(), nowText.size()).bind(3, qint64(m_version));
        }
        return *s;
    };
    // A light computed for the first time is a plain INSERT: the stored-lights scan already told
    // there is no row, and an upsert would search for one again.
    auto insertFor = [&](int n) -> RawStatement & {
        return prepared(inserts, n, [&] {
            return insert + "entity_lights(entity_id, light, rule_id, rule_version, as_of, reasons, computed_at) VALUES "
                 + values(n, 4, "(%1, %2, %3, ?3, ?1, %4, ?2)");
        });
    };
    // A stored light is rewritten with an UPDATE joined to the new values (the stored-lights scan
    // told the row is there): an upsert would first try to insert each row, then update it.
    auto upsertFor = [&](int n) -> RawStatement & {
        return prepared(upserts, n, [&] {
            return QByteArray(chunk > 1 ? "UPDATE OR FAIL" : "UPDATE")
                 + " entity_lights SET light = v.column2, rule_id = v.column3, rule_version = ?3, as_of = ?1, reasons = v.column4, "
                   "computed_at = ?2 FROM (VALUES " + values(n, 4, "(%1, %2, %3, %4)") + ") AS v WHERE entity_lights.entity_id = v.column1";
        });
    };
    auto historyFor = [&](int n) -> RawStatement & {
        return prepared(histories, n, [&] {
            return insert + "light_history(entity_id, effective_on, light, rule_id, rule_version, reasons, recorded_at) VALUES "
                 + values(n, 4, "(%1, ?1, %2, %3, ?3, %4, ?2)");
        });
    };
    std::vector<Change> changes;
    std::vector<const Change *> rows;
    auto bindLight = [&](RawStatement &st, int i, const Change &c) {
        const RuleText &t = textOf(c.rule);
        const int p = 4 + 4 * i;
        st.bind(p, c.entityId).bindText(p + 1, t.light.constData(), t.light.size()).bindText(p + 2, t.ruleId.constData(), t.ruleId.size())
            .bindText(p + 3, c.reasons.data(), qsizetype(c.reasons.size()));
    };
    // Writes the changes for which select() holds, up to `chunk` rows per statement.
    auto writeEach = [&](auto select, auto statementFor, auto bindRow, qint64 &phase) {
        rows.clear();
        for (const Change &c : changes)
            if (select(c))
                rows.push_back(&c);
        for (size_t done = 0; done < rows.size();) {
            const int n = int(std::min(rows.size() - done, size_t(chunk)));
            RawStatement &st = statementFor(n);
            for (int i = 0; i < n; ++i)
                bindRow(st, i, *rows[done + size_t(i)]);
            const Phase p(phase);
            st.runKeepingBindings();
            done += size_t(n);
        }
    };
    auto write = [&] {
        writeEach([](const Change &c) { return !c.stored; }, insertFor, bindLight, phases[0]);
        writeEach([](const Change &c) { return c.stored; }, upsertFor, bindLight, phases[0]);
        writeEach([](const Change &c) { return c.historic; }, historyFor, bindLight, phases[1]);
        for (const Change &c : changes)
            stats.changed += c.historic ? 1 : 0;
        changes.clear();
    };

    // Every text handed out by textOf() exists before the decisions may run on another thread.
    for (const CompiledRule &r : m_rules)
        textOf(&r.rule);
    textOf(&m_fallback);

    // Decides every entity of the stream (facts and stored lights read on `source`) and hands the
    // changes on in batches of a few thousand, so memory stays flat however many change (holding
    // them all took ~400 bytes per changed entity: 120 MB for a first computation of 300k).
    constexpr size_t WriteEvery = 4096;
    auto decideAll = [&](sqlite3 *source, const auto &deliver) {
        // The stored lights, read in entity order alongside the facts, so nothing is held per entity.
        sqlite3_stmt *stored = nullptr;
        const char *storedSql = subset ? "SELECT entity_id, light, rule_id, reasons FROM entity_lights "
                                         "WHERE entity_id IN (SELECT id FROM temp.light_targets) ORDER BY entity_id"
                                       : "SELECT entity_id, light, rule_id, reasons FROM entity_lights ORDER BY entity_id";
        if (sqlite3_prepare_v2(source, storedSql, -1, &stored, nullptr) != SQLITE_OK)
            throw Error(ErrorKind::Database, QString::fromUtf8(sqlite3_errmsg(source)));
        const auto finalizeStored = qScopeGuard([&] { sqlite3_finalize(stored); });
        bool hasStored = sqlite3_step(stored) == SQLITE_ROW;
        std::vector<Change> batch;
        batch.reserve(WriteEvery);
        EntityFacts f;
        Outcome outcome;
        std::string reasons;
        for (;;) {
            {
                const Phase p(phases[3]);
                if (!facts.next(f))
                    break;
            }
            if (only && !only->contains(f.entityId))
                continue;
            ++stats.entities;
            const Phase p(phases[4]);
            decide(f, outcome);
            m_codec.encode(outcome.reasons, reasons);
            while (hasStored && sqlite3_column_int64(stored, 0) < f.entityId)
                hasStored = sqlite3_step(stored) == SQLITE_ROW;
            bool same = false, historic = true;
            const bool isStored = hasStored && sqlite3_column_int64(stored, 0) == f.entityId;
            if (isStored) {
                const RuleText &t = textOf(outcome.rule);
                const bool sameLight = qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stored, 1)), t.light.constData()) == 0
                    && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stored, 2)), t.ruleId.constData()) == 0;
                historic = !sameLight;
                same = sameLight && size_t(sqlite3_column_bytes(stored, 3)) == reasons.size()
                    && std::memcmp(sqlite3_column_text(stored, 3), reasons.data(), reasons.size()) == 0;
            }
            if (!same)
                batch.emplace_back(Change{f.entityId, outcome.rule, reasons, historic, isStored});
            if (batch.size() >= WriteEvery) {
                deliver(std::move(batch));
                batch = {};
                batch.reserve(WriteEvery);
            }
        }
        if (!batch.empty())
            deliver(std::move(batch));
    };

    // The changes go to the city platform (sync) as one outbox row naming the history rows this pass
    // adds (ids after `lastHistoryId`, consecutive: this transaction is the only writer); the
    // exporter reads them back (codecs/LightCodec). A row per change was a third of the light
    // writes of a large import (300k rows, 44 MB) for what the history already holds.
    qint64 lastHistoryId = 0;
    {
        RawStatement last(db, "SELECT coalesce(max(id), 0) FROM light_history");
        last.step();
        lastHistoryId = last.int64(0);
    }
    auto queueChanges = [&] {
        if (stats.changed == 0)
            return;
        const Phase p(phases[2]);
        const QByteArray first = QByteArray::number(lastHistoryId + 1), last = QByteArray::number(lastHistoryId + stats.changed);
        const QByteArray payload = "{\"first\":" + first + ",\"last\":" + last + ",\"count\":" + QByteArray::number(stats.changed)
                                 + ",\"as_of\":\"" + asOfText + "\"}";
        const QByteArray key = first + '-' + last;
        RawStatement queued(db, "INSERT INTO outbox(kind, record_key, payload, created_at) VALUES ('light_changes', ?, ?, ?)");
        queued.bind(1, key).bind(2, payload).bind(3, nowText);
        queued.run();
    };

    if (!reader) {
        // One connection: writing while its reads are open is safe here: the only table both read
        // and written is entity_lights, scanned in rowid (entity) order, and every write is to an
        // entity at or behind that scan (an insert behind it, or an update of the row it stands on,
        // whose rowid does not change); the facts come from tables this never writes.
        decideAll(db, [&](std::vector<Change> &&batch) {
            changes = std::move(batch);
            write();
        });
        queueChanges();
        return stats;
    }
    // Two connections: the facts were loaded on `reader`, which sees what this transaction sees
    // (see LightEngine::recompute); a thread reads and decides while this one writes.
    BoundedQueue<std::vector<Change>> queue(4);
    std::exception_ptr readError;
    std::thread decider([&] {
        try {
            decideAll(reader, [&](std::vector<Change> &&batch) {
                if (!queue.push(std::move(batch)))
                    throw Error(ErrorKind::Database, QStringLiteral("light recomputation stopped"));
            });
        } catch (...) {
            readError = std::current_exception();
        }
        queue.close();
    });
    try {
        std::vector<Change> batch;
        while (queue.pop(batch)) {
            changes = std::move(batch);
            write();
        }
    } catch (...) {
        queue.abort();
        decider.join();
        throw;
    }
    decider.join();
    if (readError)
        std::rethrow_exception(readError);
    queueChanges();
    return stats;
}

} // namespace cl
