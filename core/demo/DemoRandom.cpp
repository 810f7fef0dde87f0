#include "DemoRandom.h"

#include <algorithm>

namespace cl {

namespace {
quint64 splitmix64(quint64 &x)
{
    quint64 z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    // splitmix64 never yields an all-zero xoshiro state, whatever the seed.
    for (quint64 &s : m_state)
        s = splitmix64(seed);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint32 DemoRandom::below(quint32 bound)
{
    Q_ASSERT(bound > 0);
    quint64 m = quint64(quint32(next() >> 32)) * bound;
    quint32 low = quint32(m);
    if (low < bound) {
        const quint32 threshold = quint32(-bound) % bound;
        while (low < threshold) {
            m = quint64(quint32(next() >> 32)) * bound;
            low = quint32(m);
        }
    }
    return quint32(m >> 32);
}

int DemoRandom::between(int low, int high)
{
    return low + int(below(quint32(high - low + 1)));
}

bool DemoRandom::chance(quint32 perMille)
{
    return below(1000) < perMille;
}

QChar DemoRandom::charOf(QStringView set)
{
    return set.at(below(quint32(set.size())));
}

int DemoRandom::weighted(const std::vector<quint32> &cumulative)
{
    Q_ASSERT(!cumulative.empty() && cumulative.back() > 0);
    const quint32 r = below(cumulative.back());
    return int(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
}

std::vector<quint32> DemoRandom::cumulative(const std::vector<quint32> &weights)
{
    std::vector<quint32> sums;
    sums.reserve(weights.size());
    quint32 total = 0;
    for (const quint32 w : weights)
        sums.push_back(total += w);
    return sums;
}

} // namespace cl
