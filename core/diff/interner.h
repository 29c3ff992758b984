#pragma once

#include <QtGlobal>

#include <bit>
#include <cstring>
#include <utility>
#include <vector>

namespace cw::diff {

// Gives each distinct key (a run of bytes: the UTF-16 of a word or a line, the ids of a
// paragraph) a small integer, 0, 1, 2… in order of first sight. The keys are not copied: the
// memory they point to must outlive the interner.
//
// The diff interns every token of both texts, so this is an open-addressing table with linear
// probing whose slots are 8 bytes (32 bits of the key's hash and its id), so that a probe
// rarely leaves the cache; the keys are kept apart, by id, a short one copied whole so that
// comparing it does not reach into the text where it was first seen. The hash is a
// word-at-a-time multiplicative one (rustc's FxHash), in four independent lanes over long
// keys (lines). Several times faster than std::unordered_map with std::hash on the same keys.
class Interner
{
public:
    explicit Interner(size_t expectedKeys = 1024)
    {
        m_keys.reserve(expectedKeys);
        rehash(std::bit_ceil(std::max<size_t>(16, expectedKeys * 2)));
    }

    // The key's id; a new key gets the next one.
    int id(const void *data, qsizetype bytes)
    {
        const quint32 h = hash(static_cast<const unsigned char *>(data), size_t(bytes));
        quint64 &slot = m_slots[probe(data, bytes, h)];
        if (slot != 0)
            return idOf(slot);
        const int id = int(m_keys.size());
        Key key{data, bytes, {}};
        if (bytes <= qsizetype(sizeof key.head))
            std::memcpy(key.head, data, size_t(bytes));
        m_keys.push_back(key);
        slot = quint64(h) << 32 | quint32(id + 1);
        if (m_keys.size() * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        return id;
    }

    // The key's id, or -1 when it has none yet.
    int find(const void *data, qsizetype bytes) const
    {
        const quint64 slot = m_slots[probe(data, bytes, hash(static_cast<const unsigned char *>(data), size_t(bytes)))];
        return slot != 0 ? idOf(slot) : -1;
    }

    qsizetype size() const { return qsizetype(m_keys.size()); }

    // The key that got `id`: its bytes, where they were given.
    std::pair<const void *, qsizetype> key(int id) const
    {
        const Key &k = m_keys[size_t(id)];
        return {k.data, k.bytes};
    }

private:
    struct Key
    {
        const void *data;
        qsizetype bytes;
        unsigned char head[16];
    };

    // A slot: the key's hash in the high half, id + 1 in the low half; 0 when empty.
    static int idOf(quint64 slot) { return int(quint32(slot)) - 1; }

    // The slot that holds the key, or the empty slot where it belongs.
    size_t probe(const void *data, qsizetype bytes, quint32 h) const
    {
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0)
                return i;
            if (quint32(slot >> 32) != h)
                continue;
            const Key &k = m_keys[size_t(idOf(slot))];
            if (k.bytes == bytes
                && std::memcmp(bytes <= qsizetype(sizeof k.head) ? k.head : k.data, data, size_t(bytes)) == 0)
                return i;
        }
    }

    static quint32 hash(const unsigned char *p, size_t n)
    {
        constexpr quint64 K = 0x517cc1b727220a95ull;
        auto load64 = [](const unsigned char *q) { quint64 w; std::memcpy(&w, q, 8); return w; };
        auto load32 = [](const unsigned char *q) { quint32 w; std::memcpy(&w, q, 4); return quint64(w); };
        auto mix = [](quint64 h, quint64 w) { return (std::rotl(h, 5) ^ w) * K; };
        const unsigned char *end = p + n;
        quint64 h = n;
        if (n >= 64) {
            // Four lanes: each multiply waits only for its own lane's last one.
            quint64 l1 = K, l2 = ~K, l3 = std::rotl(K, 32);
            for (; end - p >= 32; p += 32) {
                h = mix(h, load64(p));
                l1 = mix(l1, load64(p + 8));
                l2 = mix(l2, load64(p + 16));
                l3 = mix(l3, load64(p + 24));
            }
            h = mix(mix(mix(h, l1), l2), l3);
        }
        for (; end - p >= 8; p += 8)
            h = mix(h, load64(p));
        // The last bytes by fixed-size loads that may overlap bytes already read (as wyhash
        // does): a copy of a variable length would cost more than the rest of the hash.
        if (p < end) {
            const size_t rest = size_t(end - p);
            if (n >= 8)
                h = mix(h, load64(end - 8));
            else if (rest >= 4)
                h = mix(h, load32(p) | load32(end - 4) << 32);
            else
                h = mix(h, quint64(p[0]) | quint64(p[rest / 2]) << 8 | quint64(end[-1]) << 16);
        }
        // The low bits pick the slot: fold the well-mixed high bits into them.
        return quint32(h ^ (h >> 29) ^ (h >> 43));
    }

    void rehash(size_t slots)
    {
        std::vector<quint64> old(slots, 0);
        old.swap(m_slots);
        m_mask = slots - 1;
        for (const quint64 slot : old) {
            if (slot == 0)
                continue;
            size_t i = size_t(slot >> 32) & m_mask;
            while (m_slots[i] != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }

    std::vector<quint64> m_slots;
    std::vector<Key> m_keys;
    size_t m_mask = 0;
};

} // namespace cw::diff
