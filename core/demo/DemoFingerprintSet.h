#pragma once

#include <QtGlobal>
#include <vector>

namespace cl {

// A set of 64-bit fingerprints (open addressing, linear probing). The demo generator asks it
// "seen this code/name?" a few million times; std::unordered_set's node per entry made that
// the hottest part of generating a million rows.
class DemoFingerprintSet
{
public:
    // True if fingerprint was not in the set (it is now).
    bool insert(quint64 fingerprint)
    {
        if (fingerprint == 0)  // 0 marks an empty slot
            fingerprint = 1;
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        return place(fingerprint);
    }
    qsizetype size() const { return qsizetype(m_count); }

private:
    bool place(quint64 fingerprint)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(fingerprint * 0x9E3779B97F4A7C15ULL >> 20) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == fingerprint)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = fingerprint;
                ++m_count;
                return true;
            }
        }
    }
    void grow()
    {
        std::vector<quint64> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
        m_count = 0;
        for (const quint64 f : old)
            if (f != 0)
                place(f);
    }

    std::vector<quint64> m_slots;
    size_t m_count = 0;
};

} // namespace cl
