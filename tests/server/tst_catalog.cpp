// SPDX-License-Identifier: GPL-3.0-or-later
// The crop catalog against the real server: the seeded categories and crops, catalog.list for
// anyone, and the admin ops that add and change categories and crops — each refusal with its
// exact error code and nothing changed, each change with its audit record.

#include "opcall.h"
#include "testserver.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace boli;
using namespace Qt::StringLiterals;
using namespace boli::test;

namespace {

const QString kAdminLogin = u"asha@boli.example"_s;
const QString kPassword = u"market-pass-1"_s;
const QString kFarmerPhone = u"9800000001"_s;
const QString kFarmerPin = u"1234"_s;
const QString kSaveCategory = u"admin.catalog.save_category"_s;
const QString kSaveCrop = u"admin.catalog.save_crop"_s;

bool hasDevanagari(const QString &text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
}

QJsonObject newCategory()
{
    return {{u"code"_s, u"flowers"_s}, {u"name_en"_s, u"Flowers"_s}, {u"name_hi"_s, u"फूल"_s}};
}

/// A crop in the seeded cereals category; "$cat:<code>" stands for that category's id.
QJsonObject newCrop()
{
    return {{u"category_id"_s, u"$cat:cereals"_s}, {u"code"_s, u"kodo_millet"_s},
        {u"name_en"_s, u"Kodo millet"_s}, {u"name_hi"_s, u"कोदो"_s}};
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestClient> openClient(const QString &login = {}, const QString &secret = {})
    {
        return test::openClient(m_server->port(), login, secret);
    }

    qint64 categoryId(const QString &code)
    {
        for (const auto &category : m_server->parts().catalog.categories()) {
            if (category.code == code) {
                return category.id;
            }
        }
        return -1;
    }

    qint64 cropId(const QString &code)
    {
        for (const auto &crop : m_server->parts().catalog.crops(true)) {
            if (crop.code == code) {
                return crop.id;
            }
        }
        return -1;
    }

    /// Replaces "$cat:<code>" and "$crop:<code>" values by the ids they name.
    QJsonObject resolved(QJsonObject fields)
    {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString text = it->toString();
            if (text.startsWith(u"$cat:"_s)) {
                *it = categoryId(text.mid(5));
            } else if (text.startsWith(u"$crop:"_s)) {
                *it = cropId(text.mid(6));
            }
        }
        return fields;
    }

    /// Everything a refused request could have touched.
    QJsonObject snapshot()
    {
        QJsonArray categories, crops;
        for (const auto &category : m_server->parts().catalog.categories()) {
            categories.append(category.toJson());
        }
        for (const auto &crop : m_server->parts().catalog.crops(true)) {
            crops.append(crop.toJson());
        }
        return {{u"categories"_s, categories}, {u"crops"_s, crops},
            {u"audit"_s, m_server->rowCount(u"audit_log"_s)}};
    }

    QList<QJsonObject> audits(const QString &op, const QString &target)
    {
        server::AuditFilter filter;
        filter.op = op;
        filter.target = target;
        QList<QJsonObject> result;
        for (const auto &record : m_server->parts().auditLog.list(filter)) {
            result.append(record.toJson());
        }
        return result;
    }

    /// crop code → category code, as catalog.list shows it.
    static QHash<QString, QString> listedCrops(const protocol::Reply &reply)
    {
        QHash<QString, QString> crops;
        for (const QJsonValue &category : reply.fields.value(u"categories"_s).toArray()) {
            for (const QJsonValue &crop : category[u"crops"_s].toArray()) {
                crops.insert(crop[u"code"_s].toString(), category[u"code"_s].toString());
            }
        }
        return crops;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_adminId = m_server->createUser(Role::Admin, kAdminLogin, kPassword, u"Asha Admin"_s).id;
        m_server->createUser(Role::Farmer, kFarmerPhone, kFarmerPin, u"Ramesh Patel"_s);
        m_admin = openClient(kAdminLogin, kPassword);
        QVERIFY(m_admin);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void seedIsPresent()
    {
        const auto categories = m_server->parts().catalog.categories();
        QSet<QString> codes;
        for (const auto &category : categories) {
            codes.insert(category.code);
            QVERIFY2(hasDevanagari(category.nameHi), qPrintable(category.code));
        }
        QCOMPARE(codes,
            (QSet<QString> {u"oilseeds"_s, u"cereals"_s, u"pulses"_s, u"vegetables"_s, u"fruits"_s,
                u"spices"_s, u"fibres"_s, u"others"_s}));
        QCOMPARE(categories.last().code, u"others"_s);

        const auto crops = m_server->parts().catalog.crops();
        QVERIFY2(crops.size() >= 40, qPrintable(QString::number(crops.size())));
        QSet<qint64> categoryIds;
        for (const auto &category : categories) {
            categoryIds.insert(category.id);
        }
        for (const auto &crop : crops) {
            QVERIFY2(!crop.nameEn.isEmpty() && hasDevanagari(crop.nameHi), qPrintable(crop.code));
            QVERIFY2(categoryIds.contains(crop.categoryId), qPrintable(crop.code));
            QVERIFY(crop.active);
            QCOMPARE(crop.unit, u"quintal"_s);
            QVERIFY(!crop.icon.isEmpty());
        }
        const auto wheat = m_server->parts().catalog.cropById(cropId(u"wheat"_s));
        QVERIFY(wheat);
        QCOMPARE(wheat->nameHi, u"गेहूँ"_s);
        QCOMPARE(wheat->categoryId, categoryId(u"cereals"_s));
        QCOMPARE(m_server->parts().catalog.cropById(cropId(u"onion"_s))->nameHi, u"प्याज़"_s);
    }

    void listAsGuest()
    {
        auto guest = openClient();
        QVERIFY(guest);
        const auto reply = call(*guest, u"catalog.list"_s);
        QCOMPARE(codeOf(reply), u"ok"_s);
        const QJsonArray categories = reply.fields.value(u"categories"_s).toArray();
        QCOMPARE(categories.size(), 8);
        const QJsonObject first = categories.first().toObject();
        for (const QString &key :
            {u"id"_s, u"code"_s, u"name_en"_s, u"name_hi"_s, u"sort_order"_s, u"crops"_s}) {
            QVERIFY2(first.contains(key), qPrintable(key));
        }
        const auto crops = listedCrops(reply);
        QVERIFY(crops.size() >= 40);
        QCOMPARE(crops.value(u"mustard"_s), u"oilseeds"_s);
        QCOMPARE(crops.value(u"cotton"_s), u"fibres"_s);
        const QJsonObject crop = categories.first()[u"crops"_s].toArray().first().toObject();
        for (const QString &key : {u"id"_s, u"category_id"_s, u"code"_s, u"name_en"_s, u"name_hi"_s,
                 u"unit"_s, u"icon"_s, u"active"_s}) {
            QVERIFY2(crop.contains(key), qPrintable(key));
        }
    }

    void inactiveCropsOnlyForAdmins()
    {
        const auto saved = call(*m_admin, kSaveCrop,
            resolved({{u"crop_id"_s, u"$crop:jute"_s}, {u"category_id"_s, u"$cat:fibres"_s},
                {u"code"_s, u"jute"_s}, {u"name_en"_s, u"Jute"_s}, {u"name_hi"_s, u"जूट"_s},
                {u"active"_s, false}}));
        QCOMPARE(codeOf(saved), u"ok"_s);
        auto farmer = openClient(kFarmerPhone, kFarmerPin);
        QVERIFY(farmer);
        QVERIFY(!listedCrops(call(*farmer, u"catalog.list"_s)).contains(u"jute"_s));
        QVERIFY(!listedCrops(call(*m_admin, u"catalog.list"_s)).contains(u"jute"_s));
        const QJsonObject all {{u"include_inactive"_s, true}};
        QVERIFY(listedCrops(call(*m_admin, u"catalog.list"_s, all)).contains(u"jute"_s));
        QCOMPARE(codeOf(call(*farmer, u"catalog.list"_s, all)), u"forbidden"_s);
        auto guest = openClient();
        QVERIFY(guest);
        QCOMPARE(codeOf(call(*guest, u"catalog.list"_s, all)), u"forbidden"_s);
        QCOMPARE(codeOf(call(*guest, u"catalog.list"_s, {{u"include_inactive"_s, 1}})), u"wrong_type"_s);
    }

    void saveCategoryCreatesAndUpdates()
    {
        const auto created = call(*m_admin, kSaveCategory, newCategory());
        QCOMPARE(codeOf(created), u"ok"_s);
        QJsonObject category = created.fields.value(u"category"_s).toObject();
        const qint64 id = category.value(u"id"_s).toInteger();
        QCOMPARE(category.value(u"code"_s), u"flowers"_s);
        QCOMPARE(category.value(u"sort_order"_s).toInteger(), 90); // after "others"
        const QString target = u"category:"_s + QString::number(id);
        auto records = audits(kSaveCategory, target);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value(u"actor_id"_s).toInteger(), m_adminId);
        QCOMPARE(records.first().value(u"before"_s).toObject(), QJsonObject());
        QCOMPARE(records.first().value(u"after"_s).toObject(), category);

        const QJsonObject change {{u"category_id"_s, id}, {u"code"_s, u"flowers"_s},
            {u"name_en"_s, u" Cut flowers "_s}, {u"name_hi"_s, u"फूल"_s}, {u"sort_order"_s, 5}};
        const auto updated = call(*m_admin, kSaveCategory, change);
        QCOMPARE(codeOf(updated), u"ok"_s);
        QCOMPARE(updated.fields.value(u"category"_s)[u"name_en"_s], u"Cut flowers"_s);
        QCOMPARE(m_server->parts().catalog.categories().first().code, u"flowers"_s);
        records = audits(kSaveCategory, target);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().value(u"before"_s).toObject(), category);
        QCOMPARE(
            records.first().value(u"after"_s).toObject(), updated.fields.value(u"category"_s).toObject());

        // The same values again change nothing and leave no record.
        QCOMPARE(codeOf(call(*m_admin, kSaveCategory, without(change, u"sort_order"_s))), u"ok"_s);
        QCOMPARE(audits(kSaveCategory, target).size(), 2);
    }

    void saveCropCreatesAndUpdates()
    {
        const auto created = call(*m_admin, kSaveCrop, resolved(newCrop()));
        QCOMPARE(codeOf(created), u"ok"_s);
        const QJsonObject crop = created.fields.value(u"crop"_s).toObject();
        QCOMPARE(crop.value(u"unit"_s), u"quintal"_s);
        QCOMPARE(crop.value(u"icon"_s), u"kodo_millet"_s);
        QCOMPARE(crop.value(u"active"_s), true);
        QCOMPARE(listedCrops(call(*m_admin, u"catalog.list"_s)).value(u"kodo_millet"_s), u"cereals"_s);
        const qint64 id = crop.value(u"id"_s).toInteger();
        const QString target = u"crop:"_s + QString::number(id);
        QCOMPARE(audits(kSaveCrop, target).size(), 1);

        const QJsonObject change = resolved(merged(newCrop(),
            {{u"crop_id"_s, id}, {u"category_id"_s, u"$cat:others"_s}, {u"unit"_s, u"kg"_s},
                {u"icon"_s, u"millet"_s}}));
        const auto updated = call(*m_admin, kSaveCrop, change);
        QCOMPARE(codeOf(updated), u"ok"_s);
        const auto stored = m_server->parts().catalog.cropById(id);
        QVERIFY(stored);
        QCOMPARE(stored->categoryId, categoryId(u"others"_s));
        QCOMPARE(stored->unit, u"kg"_s);
        QCOMPARE(stored->icon, u"millet"_s);
        const auto records = audits(kSaveCrop, target);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().value(u"before"_s).toObject(), crop);
        QCOMPARE(records.first().value(u"after"_s).toObject(), stored->toJson());

        // Absent optional fields keep their stored values.
        QCOMPARE(codeOf(call(*m_admin, kSaveCrop, without(without(change, u"unit"_s), u"icon"_s))), u"ok"_s);
        QCOMPARE(m_server->parts().catalog.cropById(id)->unit, u"kg"_s);
        QCOMPARE(audits(kSaveCrop, target).size(), 2);
    }

    void refusals_data()
    {
        refusalColumns();
        const QJsonObject cat = newCategory();
        refusal("category: no code", kSaveCategory, without(cat, u"code"_s), "missing_field");
        refusal("category: code not a string", kSaveCategory, merged(cat, {{u"code"_s, 5}}), "wrong_type");
        refusal("category: upper-case code", kSaveCategory, merged(cat, {{u"code"_s, u"Flowers"_s}}),
            "invalid_value");
        refusal(
            "category: one-letter code", kSaveCategory, merged(cat, {{u"code"_s, u"f"_s}}), "invalid_value");
        refusal("category: code and newline", kSaveCategory, merged(cat, {{u"code"_s, u"flowers\n"_s}}),
            "invalid_value");
        refusal("category: path in code", kSaveCategory, merged(cat, {{u"code"_s, u"../etc"_s}}),
            "invalid_value");
        refusal("category: 41-letter code", kSaveCategory, merged(cat, {{u"code"_s, QString(41, u'a')}}),
            "invalid_value");
        refusal(
            "category: blank name", kSaveCategory, merged(cat, {{u"name_en"_s, u"   "_s}}), "invalid_value");
        refusal("category: 61-char name", kSaveCategory, merged(cat, {{u"name_en"_s, QString(61, u'x')}}),
            "invalid_value");
        refusal("category: no Hindi name", kSaveCategory, without(cat, u"name_hi"_s), "missing_field");
        refusal("category: Hindi name in Latin", kSaveCategory, merged(cat, {{u"name_hi"_s, u"Phool"_s}}),
            "invalid_value");
        refusal(
            "category: negative sort", kSaveCategory, merged(cat, {{u"sort_order"_s, -1}}), "invalid_value");
        refusal("category: duplicate code", kSaveCategory, merged(cat, {{u"code"_s, u"cereals"_s}}),
            "already_exists");
        refusal("category: unknown id", kSaveCategory, merged(cat, {{u"category_id"_s, 99999}}), "not_found");
        refusal("category: rename onto another", kSaveCategory,
            merged(cat, {{u"category_id"_s, u"$cat:pulses"_s}, {u"code"_s, u"cereals"_s}}), "already_exists");
        refusal("category: farmer", kSaveCategory, cat, "forbidden", "farmer");
        refusal("category: guest", kSaveCategory, cat, "unauthenticated", "guest");

        const QJsonObject crop = newCrop();
        refusal("crop: no category", kSaveCrop, without(crop, u"category_id"_s), "missing_field");
        refusal("crop: unknown category", kSaveCrop, merged(crop, {{u"category_id"_s, 99999}}), "not_found");
        refusal("crop: no code", kSaveCrop, without(crop, u"code"_s), "missing_field");
        refusal("crop: code with space", kSaveCrop, merged(crop, {{u"code"_s, u"kodo millet"_s}}),
            "invalid_value");
        refusal("crop: no English name", kSaveCrop, without(crop, u"name_en"_s), "missing_field");
        refusal("crop: empty Hindi name", kSaveCrop, merged(crop, {{u"name_hi"_s, u""_s}}), "invalid_value");
        refusal("crop: Hindi name in Latin", kSaveCrop, merged(crop, {{u"name_hi"_s, u"Kodo"_s}}),
            "invalid_value");
        refusal("crop: unknown unit", kSaveCrop, merged(crop, {{u"unit"_s, u"bag"_s}}), "invalid_value");
        refusal("crop: bad icon", kSaveCrop, merged(crop, {{u"icon"_s, u"Kodo.png"_s}}), "invalid_value");
        refusal("crop: active not a bool", kSaveCrop, merged(crop, {{u"active"_s, u"yes"_s}}), "wrong_type");
        refusal("crop: duplicate code", kSaveCrop, merged(crop, {{u"code"_s, u"wheat"_s}}), "already_exists");
        refusal("crop: unknown id", kSaveCrop, merged(crop, {{u"crop_id"_s, 99999}}), "not_found");
        refusal("crop: rename onto another", kSaveCrop,
            merged(crop, {{u"crop_id"_s, u"$crop:paddy"_s}, {u"code"_s, u"wheat"_s}}), "already_exists");
        refusal("crop: farmer", kSaveCrop, crop, "forbidden", "farmer");
        refusal("crop: guest", kSaveCrop, crop, "unauthenticated", "guest");
    }

    void refusals()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, caller);
        auto other = caller == u"farmer"_s ? openClient(kFarmerPhone, kFarmerPin) : openClient();
        QVERIFY(other);
        TestClient &client = caller == u"admin"_s ? *m_admin : *other;
        const QJsonObject before = snapshot();
        QTEST(codeOf(call(client, op, resolved(fields))), "code");
        QCOMPARE(snapshot(), before);
    }

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_admin;
    qint64 m_adminId = 0;
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
