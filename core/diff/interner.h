#pragma once

#include <QtGlobal>

#include <bit>
#include <cstring>
#include <vector>

namespace cw::diff {

// Gives each distinct key (a run of bytes: the UTF-16 of a word or a line, the ids of a
// paragraph) a small integer, 0, 1, 2… in order of first sight. The keys are not copied: the
// memory they point to must outlive the interner.
//
// The diff interns every token of both texts, so this is an open-addressing table (linear
// probing, each slot holding the key's hash and a short key itself, so that a probe rarely
// reaches into the text) with a
// word-at-a-time multiplicative hash (the FxHash of rustc and Firefox), several times faster
// than std::unordered_map with std::hash on the same keys.
class Interner
{
public:
    explicit Interner(size_t expectedKeys = 1024) { rehash(std::bit_ceil(std::max<size_t>(16, expectedKeys * 2))); }

    // The key's id; a new key gets the next one.
    int id(const void *data, qsizetype bytes)
    {
        const quint64 h = hash(static_cast<const unsigned char *>(data), size_t(bytes));
        Slot &s = m_slots[probe(data, bytes, h)];
        if (s.id >= 0)
            return s.id;
        s = {data, bytes, h, m_count, {}};
        if (bytes <= qsizetype(sizeof s.head))
            std::memcpy(s.head, data, size_t(bytes));
        if (++m_count * 2 > qsizetype(m_slots.size()))
            rehash(m_slots.size() * 2);
        return m_count - 1;
    }

    // The key's id, or -1 when it has none yet.
    int find(const void *data, qsizetype bytes) const
    {
        return m_slots[probe(data, bytes, hash(static_cast<const unsigned char *>(data), size_t(bytes)))].id;
    }

    qsizetype size() const { return m_count; }

private:
    struct Slot
    {
        const void *data = nullptr;
        qsizetype bytes = 0;
        quint64 hash = 0;
        int id = -1;
        // A short key (most words) is copied here, so that comparing it does not reach into
        // the text where it was first seen.
        unsigned char head[16];
    };

    // The slot that holds the key, or the empty slot where it belongs.
    size_t probe(const void *data, qsizetype bytes, quint64 h) const
    {
        size_t i = size_t(h) & m_mask;
        for (;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.id < 0)
                return i;
            if (s.hash == h && s.bytes == bytes
                && std::memcmp(bytes <= qsizetype(sizeof s.head) ? s.head : s.data, data, size_t(bytes)) == 0)
                return i;
        }
    }

    static quint64 hash(const unsigned char *p, size_t n)
    {
        constexpr quint64 K = 0x517cc1b727220a95ull;
        auto load64 = [](const unsigned char *q) { quint64 w; std::memcpy(&w, q, 8); return w; };
        auto load32 = [](const unsigned char *q) { quint32 w; std::memcpy(&w, q, 4); return quint64(w); };
        quint64 h = n;
        auto add = [&](quint64 w) { h = (std::rotl(h, 5) ^ w) * K; };
        const unsigned char *end = p + n;
        for (; end - p >= 8; p += 8)
            add(load64(p));
        // The last bytes by fixed-size loads that may overlap bytes already read (as wyhash
        // does): a copy of a variable length would cost more than the rest of the hash.
        if (p < end) {
            const size_t rest = size_t(end - p);
            if (n >= 8)
                add(load64(end - 8));
            else if (rest >= 4)
                add(load32(p) | load32(end - 4) << 32);
            else
                add(quint64(p[0]) | quint64(p[rest / 2]) << 8 | quint64(end[-1]) << 16);
        }
        // The low bits pick the slot: fold the well-mixed high bits into them.
        return h ^ (h >> 29) ^ (h >> 43);
    }

    void rehash(size_t slots)
    {
        std::vector<Slot> old(slots);
        old.swap(m_slots);
        m_mask = slots - 1;
        for (const Slot &s : old) {
            if (s.id < 0)
                continue;
            size_t i = size_t(s.hash) & m_mask;
            while (m_slots[i].id >= 0)
                i = (i + 1) & m_mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_count = 0;
};

} // namespace cw::diff
