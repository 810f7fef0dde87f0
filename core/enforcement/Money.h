#pragma once

#include <QString>
#include <optional>

namespace cl {

// Money is kept in fen (integer); shown in yuan; exported in 万元 (DESIGN.md §2, DOMAIN.md §9.2).
namespace money {

QString yuanText(qint64 fen);        // "1234.50"
QString wanYuanText(qint64 fen);     // "0.123450" (six decimals: exact to the fen)
// Parses a yuan amount ("1234.5", "1,234.50", "１２３４") to fen; nullopt when it is not a
// non-negative amount with at most two decimals.
std::optional<qint64> parseYuan(const QString &text);
// Parses a 万元 amount as exchanged with the platform ("0.123450", "12", "1.5") to fen; nullopt when it is not a
// non-negative amount with at most six decimals (one fen = 0.000001 万元).
std::optional<qint64> parseWanYuan(const QString &text);

} // namespace money
} // namespace cl
