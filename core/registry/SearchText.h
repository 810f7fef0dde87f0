#pragma once

#include <QString>

namespace cl {

// Text forms behind entity search. SQLite's trigram tokenizer cannot find 1- and 2-character
// terms (most Chinese search words), so names are indexed as their single characters and
// character pairs (FTS5, unicode61): any term of 1+ characters becomes an AND of its pairs,
// and candidates are confirmed with a substring test on the normalised name.
class SearchText
{
public:
    // Trim, full-width to half-width (NFKC), case-folded.
    static QString normalize(const QString &text);
    // Space-separated index tokens for a name: every letter/digit and every adjacent pair of them.
    static QString grams(const QString &name);
    // FTS5 MATCH expression for a search term; empty when the term has no indexable character.
    static QString matchExpression(const QString &term);
    // True if the term looks like the start of a credit code (letters/digits only).
    static bool looksLikeCodePrefix(const QString &term);
};

} // namespace cl
