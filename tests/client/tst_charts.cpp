// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' models against the real server with the demo market and the shipped sample prices:
// a crop's price history (points, axis ranges, level and source, no data, a refused crop), the
// trader detail's history following the lot, the farmer's results and the admin's analytics after
// real sales (each figure compared with what the server answers to a plain protocol client).

#include "app/clientapp.h"
#include "app/demodata.h"
#include "app/demolistings.h"
#include "demosales.h"
#include "testclient.h"
#include "testserver.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace boli;
using namespace boli::client;
using namespace Qt::StringLiterals;

namespace {
constexpr int kWait = 10'000;
using Tester = QAbstractItemModelTester;

std::unique_ptr<Tester> tester(QAbstractItemModel *model)
{
    return std::make_unique<Tester>(model, Tester::FailureReportingMode::QtTest);
}

std::unique_ptr<ClientApp> startApp(quint16 port, const QString &mode)
{
    ClientApp::Options options;
    options.mode = mode;
    options.serverUrl = QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(port));
    options.language = u"en"_s;
    auto app = std::make_unique<ClientApp>(options);
    app->start();
    if (!QTest::qWaitFor([&app] { return app->online(); }, kWait)) {
        qFatal("the client never came online");
    }
    return app;
}

bool logIn(ClientApp &app, const QString &login, const QString &secret, bool pin)
{
    QSignalSpy finished(&app, &ClientApp::loginFinished);
    app.login(login, secret, pin);
    return finished.wait(kWait) && finished.first().at(0).toBool();
}

/// What the server answers a plain protocol client; admin ops are asked as the demo admin.
QJsonObject ask(test::TestServer &server, const QString &op, const QJsonObject &fields)
{
    test::TestClient client;
    if (!test::waitFor(client.open(server.port())).value_or(false)) {
        qFatal("cannot reach the server");
    }
    if (op.startsWith(u"admin."_s) || op.startsWith(u"analytics."_s)) {
        const auto login = test::waitFor(client.login(u"admin@boli.example"_s, u"admin-demo-pass"_s, false));
        if (!login || !login->ok()) {
            qFatal("the demo admin cannot log in");
        }
    }
    const auto reply = test::waitFor(client.request(op, fields));
    if (!reply || !reply->ok()) {
        qFatal("%s failed", qPrintable(op));
    }
    return reply->fields;
}

qint64 cropIdOf(test::TestServer &server, const QString &code)
{
    for (const auto &crop : server.parts().catalog.crops()) {
        if (crop.code == code) {
            return crop.id;
        }
    }
    qFatal("no crop %s", qPrintable(code));
}

double cell(const ChartSeries &series, int row, int column)
{
    return series.data(series.index(row, column)).toDouble();
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        server::DemoData(m_server->parts()).seed();
        server::DemoListings(m_server->parts(), m_server->clock()).seed();
    }

    void cleanup() { m_server.reset(); }

    void seriesRangesSortAndPad()
    {
        ChartSeries prices(2, false);
        auto check = tester(&prices);
        QSignalSpy changed(&prices, &ChartSeries::changed);
        prices.setPoints({{3'000, {2'450, 2'300}}, {1'000, {2'400, 2'250}}, {2'000, {2'500, 2'380}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(prices.rowCount(), 3);
        QCOMPARE(prices.columnCount(), 3);
        QCOMPARE(cell(prices, 0, 0), 1'000.0); // sorted by x
        QCOMPARE(cell(prices, 2, 1), 2'450.0);
        // The lowest and highest values sit inside the axis, on round steps, with room to spare.
        QVERIFY(prices.yMin() < 2'250 && prices.yMax() > 2'500);
        QVERIFY(prices.yMin() > 2'000 && prices.yMax() < 2'800);
        const double step = (prices.yMax() - prices.yMin()) / (prices.yTicks() - 1);
        QCOMPARE(step, ChartSeries::niceStep(250 * 1.2));
        QCOMPARE(std::fmod(prices.yMin(), step), 0.0);
        QVERIFY(prices.xMin().toMSecsSinceEpoch() < 1'000 && prices.xMax().toMSecsSinceEpoch() > 3'000);

        // Percent changes: zero is always on the axis, and one flat value still gets a span.
        ChartSeries uplift(1, true);
        auto checkUplift = tester(&uplift);
        uplift.setPoints({{5'000, {3.2}}});
        QCOMPARE(uplift.yMin(), 0.0);
        QVERIFY(uplift.yMax() > 3.2);
        QVERIFY(uplift.xMax() > uplift.xMin());
        uplift.setPoints({{5'000, {-4.0}}, {6'000, {2.5}}});
        QVERIFY(uplift.yMin() < -4.0 && uplift.yMax() > 2.5);
        uplift.clear();
        QCOMPARE(uplift.count(), 0);
        QCOMPARE(uplift.rowCount(), 0);
    }

    void priceHistoryFromTheSample()
    {
        auto app = startApp(m_server->port(), u"desktop"_s);
        PriceHistory &history = *app->trader()->priceHistory();
        auto check = tester(history.series());
        const qint64 wheat = cropIdOf(*m_server, u"wheat"_s);
        const QJsonObject place {{u"crop_id"_s, wheat}, {u"mandi"_s, u"Khanna"_s},
            {u"district"_s, u"Ludhiana"_s}, {u"state"_s, u"Punjab"_s}, {u"days"_s, 30}};
        const QJsonObject expected = ask(*m_server, u"prices.history"_s, place);
        const QJsonArray days = expected.value(u"days"_s).toArray();
        QVERIFY(days.size() > 20);

        history.load(wheat, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s);
        QTRY_VERIFY_WITH_TIMEOUT(history.loaded(), kWait);
        QVERIFY(history.hasData());
        ChartSeries &series = *history.series();
        QCOMPARE(series.count(), days.size());
        QCOMPARE(history.level(), expected.value(u"level"_s).toString());
        QCOMPARE(history.source(), u"sample"_s);
        QVERIFY(history.sample());
        QVERIFY(history.sourceText().contains(u"not real"_s));
        QCOMPARE(history.latestModal(), days.last().toObject().value(u"modal_price"_s).toInteger());
        QVERIFY(history.title().contains(u"Nov"_s));
        QVERIFY(history.emptyText().isEmpty());
        for (int row = 0; row < days.size(); ++row) {
            const QJsonObject day = days.at(row).toObject();
            // Paise per quintal on the wire, rupees per quintal on the axis.
            QCOMPARE(cell(series, row, 1), day.value(u"modal_price"_s).toDouble() / 100);
            QCOMPARE(cell(series, row, 2), day.value(u"min_price"_s).toDouble() / 100);
            QCOMPARE(cell(series, row, 3), day.value(u"max_price"_s).toDouble() / 100);
            QVERIFY(series.yMin() < cell(series, row, 2) && series.yMax() > cell(series, row, 3));
            const QDate date = QDate::fromString(day.value(u"date"_s).toString(), Qt::ISODate);
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(cell(series, row, 0)), Qt::UTC).date(), date);
        }
        QVERIFY(series.xMin().toMSecsSinceEpoch() < qint64(cell(series, 0, 0)));
        QVERIFY(series.xMax().toMSecsSinceEpoch() > qint64(cell(series, days.size() - 1, 0)));

        // A crop without any mandi price: an answer, no points, and a sentence instead.
        const qint64 saffron = cropIdWithoutPrices();
        history.load(saffron, u"Khanna"_s, {}, {});
        QCOMPARE(history.loaded(), false);
        QCOMPARE(series.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(history.loaded(), kWait);
        QVERIFY(!history.hasData());
        QCOMPARE(history.level(), QString());
        QVERIFY(!history.emptyText().isEmpty());

        // A crop the server does not know: its error, in words, and still no points.
        history.load(999'999, {}, {}, {});
        QTRY_VERIFY_WITH_TIMEOUT(history.loaded(), kWait);
        QVERIFY(!history.runner()->error().isEmpty());
        QCOMPARE(history.emptyText(), history.runner()->error());
        QCOMPARE(series.count(), 0);

        // Two questions in a row: only the last one's answer is shown.
        history.load(wheat, u"Khanna"_s, u"Ludhiana"_s, u"Punjab"_s);
        history.load(saffron, {}, {}, {});
        // Both go through one runner: idle means the first (wheat) answer has arrived too, and was dropped.
        QTRY_VERIFY_WITH_TIMEOUT(history.loaded() && !history.runner()->busy(), kWait);
        QCOMPARE(series.count(), 0);
        QVERIFY(!history.hasData());
    }

    void traderDetailFollowsTheLot()
    {
        auto app = startApp(m_server->port(), u"desktop"_s);
        QVERIFY(logIn(*app, u"9700000001"_s, u"trader-demo-pass"_s, false));
        QTRY_VERIFY_WITH_TIMEOUT(app->listings()->rowCount() == 12, kWait);
        PriceHistory &history = *app->trader()->priceHistory();
        auto check = tester(history.series());
        const qint64 id =
            app->listings()->data(app->listings()->index(0), ListingsModel::IdRole).toLongLong();
        app->trader()->openListing(id);
        QTRY_VERIFY_WITH_TIMEOUT(history.hasData(), kWait);
        const QVariantMap lot = app->trader()->detail()->listing();
        const QJsonObject expected = ask(*m_server, u"prices.history"_s,
            {{u"crop_id"_s, app->trader()->detail()->cropId()},
                {u"mandi"_s, lot.value(u"mandi"_s).toString()},
                {u"district"_s, lot.value(u"district"_s).toString()},
                {u"state"_s, lot.value(u"state"_s).toString()}});
        QCOMPARE(history.series()->count(), expected.value(u"days"_s).toArray().size());
        QCOMPARE(history.level(), expected.value(u"level"_s).toString());
        app->trader()->closeListing();
        QTRY_COMPARE_WITH_TIMEOUT(history.series()->count(), 0, kWait);
    }

    void sellerResultsAfterSales()
    {
        const int sold = test::sellDemoLots(*m_server);
        QVERIFY(sold > 0);
        auto app = startApp(m_server->port(), u"kiosk"_s);
        QVERIFY(logIn(*app, u"9800000001"_s, u"1234"_s, true));
        SellerAnalytics &results = *app->kiosk()->analytics();
        auto checkList = tester(results.listings());
        auto checkChart = tester(results.uplift());
        QSignalSpy refreshed(&results, &SellerAnalytics::refreshed);
        results.refresh();
        QVERIFY(refreshed.wait(kWait));
        QVERIFY(results.runner()->error().isEmpty());

        const QJsonObject farmerId {{u"seller_id"_s, app->userId()}};
        const QJsonObject expected =
            ask(*m_server, u"analytics.seller"_s, farmerId).value(u"analytics"_s).toObject();
        const QJsonObject totals = expected.value(u"totals"_s).toObject();
        AnalyticsTotals &shown = *results.totals();
        QCOMPARE(shown.sold(), sold);
        QCOMPARE(shown.listings(), totals.value(u"listings"_s).toInt());
        QCOMPARE(shown.bids(), totals.value(u"bids"_s).toInt());
        QCOMPARE(shown.revenue(), totals.value(u"revenue"_s).toInteger());
        QCOMPARE(shown.revenueText(), app->formatter()->rupees(shown.revenue()));
        QVERIFY(shown.successRateText().endsWith(u'%'));
        QCOMPARE(shown.hasViews(), totals.contains(u"views"_s)); // shown only when the server counts them
        QVERIFY(shown.hasUplift());

        const QJsonArray listings = expected.value(u"listings"_s).toArray();
        QCOMPARE(results.listings()->count(), listings.size());
        int compared = 0;
        for (int row = 0; row < listings.size(); ++row) {
            const QJsonObject listing = listings.at(row).toObject();
            const QModelIndex index = results.listings()->index(row);
            QCOMPARE(results.listings()
                         ->data(index, results.listings()->roleOf(u"reference_modal"_s))
                         .toLongLong(),
                listing.value(u"reference"_s).toObject().value(u"modal_price"_s).toInteger());
            if (listing.value(u"uplift_percent"_s).isDouble()) {
                ++compared;
                QVERIFY(results.listings()
                            ->data(index, results.listings()->roleOf(u"uplift_text"_s))
                            .toString()
                            .endsWith(u'%'));
            }
        }
        // One point per sale with a mandi price, at its sale time, at its uplift.
        QCOMPARE(results.uplift()->count(), compared);
        QCOMPARE(compared, totals.value(u"compared"_s).toInt());
        for (int row = 0; row < results.uplift()->count(); ++row) {
            QVERIFY(results.uplift()->yMin() <= std::min(0.0, cell(*results.uplift(), row, 1)));
            QVERIFY(results.uplift()->yMax() > cell(*results.uplift(), row, 1));
        }

        // The session ends at the kiosk: nothing of this farmer stays.
        app->kiosk()->endSession();
        QTRY_VERIFY_WITH_TIMEOUT(!results.totals()->loaded(), kWait);
        QCOMPARE(results.listings()->count(), 0);
        QCOMPARE(results.uplift()->count(), 0);
    }

    void marketAnalyticsAfterSales()
    {
        const int sold = test::sellDemoLots(*m_server);
        QVERIFY(sold > 0);
        auto app = startApp(m_server->port(), u"admin"_s);
        MarketAnalytics &market = *app->admin()->analytics();
        std::vector<std::unique_ptr<Tester>> checks;
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {market.byDay(),
                 market.byCrop(), market.byMandi(), market.uplift(), market.bids(), market.successRate()}) {
            checks.push_back(tester(model));
        }
        QSignalSpy refreshed(&market, &MarketAnalytics::refreshed);
        QVERIFY(logIn(*app, u"admin@boli.example"_s, u"admin-demo-pass"_s, false));
        QVERIFY(refreshed.wait(kWait)); // asked at login, for the server's default range

        const QJsonObject expected =
            ask(*m_server, u"admin.analytics"_s, {}).value(u"analytics"_s).toObject();
        QCOMPARE(market.from(), expected.value(u"from"_s).toString());
        QCOMPARE(market.to(), expected.value(u"to"_s).toString());
        QVERIFY(market.rangeText().contains(u" – "_s));
        // The market counts listings by the India day they end: a lot sold early keeps its scheduled
        // end, so a long auction sold today may count on a later day. The server's figures decide.
        const QJsonObject totals = expected.value(u"totals"_s).toObject();
        QVERIFY(totals.value(u"sold"_s).toInt() > 0);
        QCOMPARE(market.totals()->sold(), totals.value(u"sold"_s).toInt());
        QCOMPARE(market.totals()->listings(), totals.value(u"listings"_s).toInt());
        QCOMPARE(market.totals()->revenue(), totals.value(u"revenue"_s).toInteger());
        const QJsonArray days = expected.value(u"by_day"_s).toArray();
        QCOMPARE(market.byDay()->count(), days.size());
        QCOMPARE(market.byCrop()->count(), expected.value(u"by_crop"_s).toArray().size());
        QCOMPARE(market.byMandi()->count(), expected.value(u"by_mandi"_s).toArray().size());
        QCOMPARE(market.bids()->count(), days.size());
        QCOMPARE(market.successRate()->count(), days.size());
        for (int row = 0; row < days.size(); ++row) {
            const QJsonObject day = days.at(row).toObject();
            QCOMPARE(cell(*market.bids(), row, 1), day.value(u"bids"_s).toDouble());
            QCOMPARE(cell(*market.successRate(), row, 1), day.value(u"success_rate"_s).toDouble() * 100);
            QVERIFY(market.bids()->yMax() > cell(*market.bids(), row, 1));
        }
        QVERIFY(market.uplift()->count() > 0);
        QCOMPARE(
            market.byDay()->data(market.byDay()->index(0), market.byDay()->roleOf(u"date_text"_s)).toString(),
            app->formatter()->isoDate(days.first().toObject().value(u"date"_s).toString()));

        // Bad ranges are refused here with a reason, and what is shown stays.
        const QString from = market.from();
        for (const auto &[first, last] :
            {std::pair {u"2026-13-01"_s, u"2026-11-20"_s}, std::pair {u"2026-11-20"_s, u"2026-11-01"_s},
                std::pair {u"2025-01-01"_s, u"2026-11-20"_s}}) {
            QVERIFY(!market.setRange(first, last));
            QVERIFY(!market.rangeError().isEmpty());
            QCOMPARE(market.from(), from);
            QCOMPARE(market.totals()->sold(), totals.value(u"sold"_s).toInt());
        }
        // A range before any sale: the figures of nothing.
        QVERIFY(market.setRange(u"2026-01-01"_s, u"2026-01-31"_s));
        QVERIFY(market.rangeError().isEmpty());
        QVERIFY(refreshed.wait(kWait));
        QCOMPARE(market.from(), u"2026-01-01"_s);
        QCOMPARE(market.totals()->listings(), 0);
        QCOMPARE(market.byDay()->count(), 0);
        QCOMPARE(market.bids()->count(), 0);
        QVERIFY(!market.totals()->hasUplift());
        QCOMPARE(market.totals()->upliftText(), u"—"_s);

        app->logout();
        QTRY_VERIFY_WITH_TIMEOUT(!market.totals()->loaded(), kWait);
        QCOMPARE(market.from(), QString());
    }

private:
    /// A catalog crop that none of the demo lots sells: the shipped sample has no price for it.
    qint64 cropIdWithoutPrices()
    {
        const QStringList demoCrops {u"wheat"_s, u"paddy"_s, u"mustard"_s, u"soybean"_s, u"onion"_s,
            u"potato"_s, u"tomato"_s, u"gram"_s, u"tur"_s, u"cotton"_s, u"turmeric"_s, u"maize"_s};
        for (const auto &crop : m_server->parts().catalog.crops()) {
            if (!demoCrops.contains(crop.code)) {
                return crop.id;
            }
        }
        qFatal("the catalog has only the demo crops");
    }

    std::unique_ptr<test::TestServer> m_server;
};

QTEST_MAIN(TestCharts)

#include "tst_charts.moc"
