#pragma once

struct sqlite3;

namespace cl {

// SQL functions every CreditLoop connection has: cl_norm(text) (search normalisation) and
// cl_grams(text) (search index tokens), so migrations and queries can use them.
class SqlFunctions
{
public:
    static void registerAll(sqlite3 *db);
};

} // namespace cl
