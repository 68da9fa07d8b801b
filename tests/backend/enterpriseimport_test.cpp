// Importing the enterprise directory: everything or nothing, bad lines named.
#include "backendfixture.h"
#include "backend/logic/enterprisedirectory.h"

namespace fc::test {
namespace {

using server::EnterpriseDirectory;
using server::ImportError;

const std::string kHeader =
    "credit_code,name,industry,town,address,latitude,longitude,site_radius_m,noise_zone_class,"
    "has_stack,legal_representative\n";

int enterpriseCount(server::Store &store) {
    return static_cast<int>(
        store.transact([](server::StoreTx &tx) { return tx.listEnterprises("", 100000); }).size());
}

class EnterpriseImport : public BackendFixture {};

TEST_F(EnterpriseImport, TheSharedDirectoryImportsCompletely) {
    EnterpriseDirectory directory(*store_);
    EXPECT_EQ(directory.importCsv(readFile(FIELDCASE_DEMO_ENTERPRISES)), 60);
    EXPECT_EQ(enterpriseCount(*store_), 60);
    auto e = store_->transact(
        [](server::StoreTx &tx) { return tx.enterpriseByCode("911404050642301719"); });
    ASSERT_TRUE(e);
    EXPECT_EQ(e->name, "鸡鸣泰焦化有限公司");
    EXPECT_DOUBLE_EQ(e->site.latitude, 36.307821);
    EXPECT_EQ(e->noiseZoneClass, 3);
    EXPECT_TRUE(e->hasStack);
}

TEST_F(EnterpriseImport, ABadCheckCharacterIsReportedByLineAndNothingIsImported) {
    const std::string csv = kHeader +
                            "91140405MA0K000136,新厂甲,化工,麟绛街道,地址,36.3,112.9,200,3,1,张三\n"
                            "911404050642301718,坏码厂,焦化,麟绛街道,地址,36.3,112.9,300,3,1,李四\n";
    EnterpriseDirectory directory(*store_);
    const int before = enterpriseCount(*store_);
    try {
        directory.importCsv(csv);
        FAIL() << "the import should be refused";
    } catch (const ImportError &e) {
        ASSERT_FALSE(e.problems().empty());
        bool line3 = false;
        for (const auto &p : e.problems()) {
            line3 |= p.line == 3 && p.message.find("expected '9'") != std::string::npos;
        }
        EXPECT_TRUE(line3) << e.what();
        EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos);
    }
    EXPECT_EQ(enterpriseCount(*store_), before);
    EXPECT_FALSE(store_->transact(
        [](server::StoreTx &tx) { return tx.enterpriseByCode("91140405MA0K000136"); }));
}

TEST_F(EnterpriseImport, EveryKindOfBadRowIsNamed) {
    const std::string csv = kHeader +
                            "911404050642301719,,焦化,镇,址,36.3,112.9,300,3,1,甲\n"
                            "911404050642301719,重复,焦化,镇,址,95,112.9,-1,9,x,乙\n"
                            "too,few,fields\n";
    try {
        EnterpriseDirectory::parseCsv(csv);
        FAIL() << "expected an ImportError";
    } catch (const ImportError &e) {
        const std::string m = e.what();
        for (const char *expected :
             {"line 2: the name is empty", "line 3: latitude/longitude", "line 3: site_radius_m",
              "line 3: noise_zone_class", "line 3: has_stack", "already appears on line 2",
              "line 4: expected 11 fields, found 3"}) {
            EXPECT_NE(m.find(expected), std::string::npos) << expected << "\n" << m;
        }
    }
}

TEST_F(EnterpriseImport, AMissingColumnIsReportedOnTheHeaderLine) {
    try {
        EnterpriseDirectory::parseCsv("credit_code,name\n911404050642301719,甲\n");
        FAIL() << "expected an ImportError";
    } catch (const ImportError &e) {
        EXPECT_EQ(e.problems().front().line, 1);
        EXPECT_NE(std::string(e.what()).find("no column industry"), std::string::npos);
    }
}

TEST_F(EnterpriseImport, ReimportUpdatesInPlace) {
    EnterpriseDirectory directory(*store_);
    std::string csv = readFile(FIELDCASE_DEMO_ENTERPRISES);
    const auto pos = csv.find("鸡鸣泰焦化有限公司");
    csv.replace(pos, std::string("鸡鸣泰焦化有限公司").size(), "鸡鸣泰焦化集团有限公司");
    EXPECT_EQ(directory.importCsv(csv), 60);
    EXPECT_EQ(enterpriseCount(*store_), 60);
    auto e = store_->transact(
        [](server::StoreTx &tx) { return tx.enterpriseByCode("911404050642301719"); });
    EXPECT_EQ(e->name, "鸡鸣泰焦化集团有限公司");
}

}  // namespace
}  // namespace fc::test
