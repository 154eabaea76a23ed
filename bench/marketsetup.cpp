// SPDX-License-Identifier: GPL-3.0-or-later
#include "marketsetup.h"

#include "benchclient.h"
#include "loopbacklogin.h"

#include <QHostAddress>
#include <QJsonArray>

namespace boli::bench {
namespace {
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

constexpr int kFarmer = 0;
constexpr int kTrader = 1;
const QString kFarmerPin = u"4711"_s;
const QString kTraderPassword = u"bench-trader-password"_s;
/// The server's per-address login burst: each loopback source address is used for at most this many.
constexpr int kLoginsPerAddress = 10;
constexpr int kLoginAttempts = 60;
/// The server refills one login per 6 s; waiting a little longer never finds the bucket empty.
constexpr auto kLoginRefill = 6500ms;
constexpr int kLiveWaitPolls = 200;
/// Requests one setup connection keeps unanswered at once (listing.create, listing.get).
constexpr size_t kPipelined = 200;
/// Logins at once (each is its own connection).
constexpr size_t kLoginBatch = 50;

QJsonObject farmerLogin()
{
    return {{u"login"_s, MarketSetup::phoneFor(kFarmer, 0)}, {u"pin"_s, kFarmerPin}};
}

QJsonObject traderLogin(int n)
{
    return {{u"login"_s, MarketSetup::phoneFor(kTrader, n)}, {u"password"_s, kTraderPassword}};
}
} // namespace

QString describeFailure(const QString &what, const protocol::Reply &reply)
{
    if (reply.ok()) {
        return {};
    }
    return u"%1: %2: %3"_s.arg(what, errorCodeName(reply.error->code), reply.error->message);
}

QCoro::Task<QString> greet(BenchClient &client, QUrl url, QString accessToken)
{
    auto opening = client.open(url);
    const bool opened = co_await opening;
    if (!opened) {
        co_return u"cannot connect to "_s + url.toString();
    }
    QJsonObject hello {{u"protocol"_s, protocol::kVersion}, {u"device_id"_s, u"boli-bench"_s}};
    auto greeting = client.request(u"hello"_s, hello);
    const protocol::Reply greeted = co_await greeting;
    if (!greeted.ok() || accessToken.isEmpty()) {
        co_return describeFailure(u"hello"_s, greeted);
    }
    QJsonObject token {{u"access_token"_s, accessToken}};
    auto authenticating = client.request(u"authenticate"_s, token);
    const protocol::Reply authenticated = co_await authenticating;
    co_return describeFailure(u"authenticate"_s, authenticated);
}

MarketSetup::MarketSetup(Options options)
    : m_options(std::move(options))
{ }

QString MarketSetup::phoneFor(int kind, int n)
{
    // 9KNNNNNNNN: K the kind of account, N its number; always a valid mobile number (first digit 9).
    return u"9%1%2"_s.arg(kind).arg(n, 8, 10, QLatin1Char('0'));
}

QCoro::Task<MarketSetup::Result> MarketSetup::run()
{
    Result result;
    auto settingUp = adminSettings();
    result.error = co_await settingUp;
    if (result.error.isEmpty()) {
        auto registering = registerAccounts();
        result.error = co_await registering;
    }
    if (result.error.isEmpty()) {
        auto listing = createListings(result);
        result.error = co_await listing;
    }
    if (result.error.isEmpty()) {
        auto loggingIn = logInTraders(result.traderTokens);
        result.error = co_await loggingIn;
    }
    co_return result;
}

QCoro::Task<std::variant<QString, protocol::Reply>> MarketSetup::logIn(QJsonObject loginFields)
{
    const QHostAddress target(m_options.url.host());
    const bool loopback = target.isLoopback() && target.protocol() == QAbstractSocket::IPv4Protocol;
    protocol::Reply reply;
    for (int attempt = 0; attempt < kLoginAttempts; ++attempt) {
        // 127.0.0.2, .3, …: each gets at most the server's burst of logins (see LoopbackLogin).
        const int n = m_logins++;
        const QHostAddress source =
            loopback ? QHostAddress(quint32(0x7f000002 + n / kLoginsPerAddress)) : QHostAddress();
        LoopbackLogin login(source, m_options.url, loginFields);
        auto answered = login.result();
        reply = co_await answered;
        if (reply.ok() || reply.error->code != ErrorCode::RateLimited) {
            break;
        }
        auto pause = sleepFor(kLoginRefill);
        co_await pause;
    }
    if (!reply.ok()) {
        co_return describeFailure(u"login "_s + loginFields.value(u"login"_s).toString(), reply);
    }
    co_return reply;
}

QCoro::Task<QString> MarketSetup::adminSettings()
{
    QJsonObject credentials {{u"login"_s, m_options.adminLogin}, {u"password"_s, m_options.adminPassword}};
    auto loggingIn = logIn(credentials);
    const auto login = co_await loggingIn;
    if (const auto *error = std::get_if<QString>(&login)) {
        co_return *error;
    }
    BenchClient admin;
    const QString token = std::get<protocol::Reply>(login).fields.value(u"access_token"_s).toString();
    auto greeting = greet(admin, m_options.url, token);
    const QString error = co_await greeting;
    if (!error.isEmpty()) {
        co_return error;
    }
    // Listings go live without an admin's approval, so the bench needs no review step.
    QJsonObject setting {{u"key"_s, u"listing_review"_s}, {u"value"_s, false}};
    auto applying = admin.request(u"admin.settings.set"_s, setting);
    const protocol::Reply set = co_await applying;
    co_return describeFailure(u"admin.settings.set listing_review"_s, set);
}

QCoro::Task<QString> MarketSetup::registerAccounts()
{
    BenchClient guest;
    auto greeting = greet(guest, m_options.url);
    QString error = co_await greeting;
    if (!error.isEmpty()) {
        co_return error;
    }
    std::vector<Completion<protocol::Reply>> replies;
    QJsonObject farmer {{u"role"_s, u"farmer"_s}, {u"display_name"_s, u"Bench Farmer"_s},
        {u"phone"_s, phoneFor(kFarmer, 0)}, {u"pin"_s, kFarmerPin}};
    replies.push_back(guest.request(u"register"_s, farmer));
    for (int n = 0; n < m_options.traders; ++n) {
        QJsonObject trader {{u"role"_s, u"trader"_s}, {u"display_name"_s, u"Bench Trader %1"_s.arg(n)},
            {u"phone"_s, phoneFor(kTrader, n)}, {u"password"_s, kTraderPassword}};
        replies.push_back(guest.request(u"register"_s, trader));
    }
    for (const Completion<protocol::Reply> &registering : replies) {
        const protocol::Reply registered = co_await registering;
        // A second run against the same server finds its accounts already there.
        if (!registered.ok() && registered.error->code != ErrorCode::AlreadyExists && error.isEmpty()) {
            error = describeFailure(u"register"_s, registered);
        }
    }
    co_return error;
}

QCoro::Task<QString> MarketSetup::logInTraders(QStringList &tokens)
{
    // In batches: thousands of logins at once would overflow the server's listen backlog.
    QString error;
    for (int first = 0; first < m_options.traders && error.isEmpty(); first += int(kLoginBatch)) {
        std::vector<QCoro::Task<std::variant<QString, protocol::Reply>>> logins;
        for (int n = first; n < std::min(m_options.traders, first + int(kLoginBatch)); ++n) {
            logins.push_back(logIn(traderLogin(n)));
        }
        for (auto &loggingIn : logins) {
            const auto login = co_await loggingIn;
            if (const auto *failed = std::get_if<QString>(&login)) {
                error = *failed;
            } else {
                tokens.append(std::get<protocol::Reply>(login).fields.value(u"access_token"_s).toString());
            }
        }
    }
    co_return error;
}

QCoro::Task<QString> MarketSetup::createListings(Result &result)
{
    auto loggingIn = logIn(farmerLogin());
    const auto login = co_await loggingIn;
    if (const auto *error = std::get_if<QString>(&login)) {
        co_return *error;
    }
    BenchClient farmer;
    const QString token = std::get<protocol::Reply>(login).fields.value(u"access_token"_s).toString();
    auto greeting = greet(farmer, m_options.url, token);
    QString error = co_await greeting;
    if (!error.isEmpty()) {
        co_return error;
    }
    auto listingCatalog = farmer.request(u"catalog.list"_s);
    const protocol::Reply catalog = co_await listingCatalog;
    const QJsonArray crops = catalog.fields.value(u"categories"_s)[0][u"crops"_s].toArray();
    if (!catalog.ok() || crops.isEmpty()) {
        co_return catalog.ok() ? u"catalog.list: no crops"_s : describeFailure(u"catalog.list"_s, catalog);
    }
    // A day long, so it cannot end (or be extended by anti-sniping) during a run.
    const QJsonObject listing {{u"crop_id"_s, crops.first()[u"id"_s].toInteger()}, {u"quantity_kg"_s, 10'000},
        {u"mandi"_s, u"Indore"_s}, {u"district"_s, u"Indore"_s}, {u"state"_s, u"Madhya Pradesh"_s},
        {u"starting_price"_s, m_options.startingPrice}, {u"duration_minutes"_s, 1440},
        {u"description"_s, u"boli-bench listing"_s}};
    // Pipelined: the server commits the creates that arrive together in one transaction.
    for (int first = 0; first < m_options.listings && error.isEmpty(); first += int(kPipelined)) {
        std::vector<Completion<protocol::Reply>> creating;
        for (int n = first; n < std::min(m_options.listings, first + int(kPipelined)); ++n) {
            creating.push_back(farmer.request(u"listing.create"_s, listing));
        }
        for (const Completion<protocol::Reply> &pending : creating) {
            const protocol::Reply created = co_await pending;
            if (!created.ok() && error.isEmpty()) {
                error = describeFailure(u"listing.create"_s, created);
            }
            result.listingIds.append(created.fields.value(u"listing"_s)[u"id"_s].toInteger());
        }
    }
    if (!error.isEmpty()) {
        co_return error;
    }
    result.listingId = result.listingIds.first();
    auto goingLive = waitLive(farmer, result);
    const QString notLive = co_await goingLive;
    co_return notLive;
}

QCoro::Task<QString> MarketSetup::waitLive(BenchClient &client, Result &result)
{
    // A scheduled listing starts on the server's next 200 ms tick.
    QList<qint64> waiting = result.listingIds;
    for (int poll = 0; poll < kLiveWaitPolls && !waiting.isEmpty(); ++poll) {
        QList<qint64> notYet;
        for (qsizetype first = 0; first < waiting.size(); first += qsizetype(kPipelined)) {
            std::vector<Completion<protocol::Reply>> getting;
            const qsizetype end = std::min(waiting.size(), first + qsizetype(kPipelined));
            for (qsizetype n = first; n < end; ++n) {
                QJsonObject id {{u"listing_id"_s, waiting.at(n)}};
                getting.push_back(client.request(u"listing.get"_s, id));
            }
            for (qsizetype n = first; n < end; ++n) {
                const Completion<protocol::Reply> &pending = getting[size_t(n - first)];
                const protocol::Reply got = co_await pending;
                const QJsonValue listing = got.fields.value(u"listing"_s);
                if (listing[u"status"_s].toString() != u"live"_s) {
                    notYet.append(waiting.at(n));
                } else if (waiting.at(n) == result.listingId) {
                    result.minimumBid = listing[u"minimum_bid"_s].toInteger();
                }
            }
        }
        waiting = notYet;
        if (!waiting.isEmpty()) {
            auto pause = sleepFor(50ms);
            co_await pause;
        }
    }
    co_return waiting.isEmpty() ? QString() : u"%1 listings did not go live"_s.arg(waiting.size());
}

} // namespace boli::bench
