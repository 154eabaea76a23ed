// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace boli {

/// @brief The wire names of an enum's values, both ways. Every enum that is sent or stored by name
/// keeps one of these as its single source of truth.
template<typename Enum, std::size_t Count>
class EnumNames
{
public:
    using Entry = std::pair<Enum, const char16_t *>;

    constexpr explicit EnumNames(std::array<Entry, Count> entries)
        : m_entries(entries)
    { }

    [[nodiscard]] QString name(Enum value) const
    {
        for (const auto &[entry, text] : m_entries) {
            if (entry == value) {
                return QString::fromUtf16(text);
            }
        }
        return {};
    }

    [[nodiscard]] std::optional<Enum> fromName(QStringView name) const
    {
        for (const auto &[entry, text] : m_entries) {
            if (name == QStringView(text)) {
                return entry;
            }
        }
        return std::nullopt;
    }

private:
    std::array<Entry, Count> m_entries;
};

} // namespace boli
