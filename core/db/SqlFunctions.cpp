#include "SqlFunctions.h"

#include "registry/SearchText.h"

#include <QString>
#include <sqlite3.h>

namespace cl {

namespace {
template<QString (*Fn)(const QString &)>
void textFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QByteArray out = Fn(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}
} // namespace

void SqlFunctions::registerAll(sqlite3 *db)
{
    if (!db)
        return;
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function(db, "cl_norm", 1, flags, nullptr, &textFunction<&SearchText::normalize>, nullptr, nullptr);
    sqlite3_create_function(db, "cl_grams", 1, flags, nullptr, &textFunction<&SearchText::grams>, nullptr, nullptr);
}

} // namespace cl
