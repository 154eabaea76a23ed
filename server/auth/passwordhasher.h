// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace boli::server {

/// @brief Hashes and checks passwords and PINs with Argon2id (libsodium's crypto_pwhash_str).
///
/// Every method is const and keeps no mutable state, so one instance may serve a whole thread pool.
/// Secrets are normalised to Unicode NFKC before hashing so the same password typed on two keyboards
/// (precomposed or combining Devanagari, full-width digits) yields the same bytes.
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, ///< libsodium's INTERACTIVE limits (64 MiB per hash): the production default
        Moderate, ///< MODERATE limits (256 MiB per hash): stronger, for hosts with memory to spare
        TestMinimum, ///< the smallest limits libsodium allows; only so tests run fast
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    /// A self-describing "$argon2id$..." string; throws std::runtime_error if memory runs out.
    [[nodiscard]] QString hash(const QString &secret) const;
    /// False for a wrong secret and for a storedHash that is not a libsodium hash string.
    [[nodiscard]] bool verify(const QString &secret, const QString &storedHash) const;
    /// True when storedHash was made with other limits (or is unreadable) and should be replaced
    /// by hash(secret) after the next successful verify().
    [[nodiscard]] bool needsRehash(const QString &storedHash) const;
    /// Spends the time of one verify() against a dummy hash. Called when a login names no account,
    /// so the response time does not reveal which accounts exist.
    void burnEquivalentTime() const;

    [[nodiscard]] Cost cost() const { return m_cost; }

    /// A farmer PIN: 4 to 6 ASCII digits.
    [[nodiscard]] static bool isValidPin(const QString &pin);
    /// A sentence saying why a password is not acceptable, or std::nullopt when it is.
    [[nodiscard]] static std::optional<QString> passwordProblem(const QString &password);

    static constexpr int kMinPasswordLength = 8;
    /// Long enough for any passphrase; the cap stops multi-megabyte "passwords" wasting hash time.
    static constexpr int kMaxPasswordLength = 128;
    static constexpr int kMinPinLength = 4;
    static constexpr int kMaxPinLength = 6;

    /// The hash burnEquivalentTime() verifies against: made with this hasher's own cost, so an
    /// unknown login costs what a real one does.
    [[nodiscard]] const QString &dummyHash() const;

private:
    Cost m_cost;
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace boli::server
