// Personal data out of public records: by shape (IDs, phones, accounts, addresses) and by
// value (the persons a decision names), with public numbers of the same look kept.
#include <gtest/gtest.h>

#include "domain/date.h"
#include "domain/publication.h"
#include "domain/redaction.h"

namespace fc::domain {
namespace {

bool has(const std::string &text, std::string_view part) { return text.find(part) != std::string::npos; }

TEST(Redaction, IdNumbersOldAndNewWithTheirCheckCharacter) {
    const auto r = redact("当事人身份证号140405198803120036，另一人身份证14040519900101123X，旧证140405880312003。", {});
    EXPECT_FALSE(has(r.text, "140405198803120036"));
    EXPECT_FALSE(has(r.text, "14040519900101123X"));
    EXPECT_FALSE(has(r.text, "140405880312003"));
    EXPECT_EQ(r.idNumbers, 3);
    EXPECT_TRUE(has(r.text, "当事人身份证号〔身份证号已隐去〕，"));
}

TEST(Redaction, PhoneNumbersInTheirUsualWritings) {
    const auto r = redact("手机13835501234，或 +86 138-3550-1235；座机0355-5012345；电话：5012346；"
                          "全角１３８３５５０１２３６。",
                          {});
    for (const auto *phone : {"13835501234", "3550-1235", "0355-5012345", "5012345", "5012346", "１３８３５５０１２３６"}) {
        EXPECT_FALSE(has(r.text, phone)) << phone << " in " << r.text;
    }
    EXPECT_EQ(r.phoneNumbers, 5);
}

TEST(Redaction, BankAccountsGroupedOrNot) {
    const auto r = redact("罚款缴入账户6222020012345678901，另有卡号 6217 0000 1234 5678，账号：123456789012。", {});
    EXPECT_FALSE(has(r.text, "6222020012345678901"));
    EXPECT_FALSE(has(r.text, "6217 0000 1234 5678"));
    EXPECT_FALSE(has(r.text, "123456789012"));
    EXPECT_EQ(r.bankAccounts, 3);
}

TEST(Redaction, HomeAddressesUpToThePunctuation) {
    const auto r = redact("证人住址：屯留区麟绛镇某村12号，家住长治市潞州区英雄中路8号3单元；企业住所屯留区工业园区。", {});
    EXPECT_FALSE(has(r.text, "麟绛镇某村12号"));
    EXPECT_FALSE(has(r.text, "英雄中路8号"));
    EXPECT_TRUE(has(r.text, "证人住址：〔住址已隐去〕，家住〔住址已隐去〕；企业住所屯留区工业园区。"));
    EXPECT_EQ(r.addresses, 2);
}

TEST(Redaction, NamedPersonsBecomeSurnameAndMou) {
    RedactionRules rules;
    rules.personalNames = {"王小明", "李娜", "欧阳娜娜"};
    const auto r = redact("现场负责人王小明、工人李娜在场；欧阳娜娜拒绝签字。王小明签字。", rules);
    EXPECT_EQ(r.text, "现场负责人王某某、工人李某在场；欧某某某拒绝签字。王某某签字。");
    EXPECT_EQ(r.names, 4);
    EXPECT_EQ(maskedName("张三"), "张某");
}

TEST(Redaction, PublicNumbersOfTheSameLookStay) {
    RedactionRules rules;
    rules.keep = {"911404051234567890"};
    const std::string text = "统一社会信用代码911404051234567890，91140405MA0K12345X；案号140405-2026-0001；"
                             "2026-03-12 检测，烟气黑度 2 级，罚款 200000 元，排放浓度 125.6 mg/m3，限值 100。";
    const auto r = redact(text, rules);
    EXPECT_EQ(r.text, text);
    // A date next to a phone keeps the date.
    EXPECT_EQ(redact("2026-03-12 13835501234", {}).text, "2026-03-12 〔电话号码已隐去〕");
}

TEST(Publication, TheRecordNamesTheBodyAndThePartyAndCarriesNothingPersonal) {
    Policy policy;
    CaseRecord c;
    c.id = "case-1";
    c.number = "140405-2026-0001";
    Enterprise party;
    party.creditCode = "91140405MA0K12345X";
    party.name = "屯留县宏达焦化有限公司";
    ProposedDecision d;
    d.fineYuan = 50000;
    d.measures = {"责令改正"};
    d.violationType = "超标排放";
    d.legalBasis = "《大气污染防治法》第九十九条";
    d.facts = "经监测，颗粒物超标。现场负责人张伟（身份证140405198803120036，手机13835501234）在场。";
    d.personalNames = {"张伟"};
    const auto published = publicRecordOf(c, party, d, false, *parseIsoDate("2026-03-20"),
                                          *parseIsoDate("2026-03-25"), policy);
    EXPECT_EQ(published.agency, policy.publication.agency);
    EXPECT_EQ(published.partyName, party.name);
    EXPECT_EQ(published.conclusion, "罚款 50000 元；责令改正");
    EXPECT_EQ(published.facts, "经监测，颗粒物超标。现场负责人张某（身份证〔身份证号已隐去〕，手机〔电话号码已隐去〕）在场。");
    EXPECT_EQ(formatIsoDate(published.visibleUntil), "2027-03-24");  // 12 months, general
    EXPECT_TRUE(inPublicPeriod(published, *parseIsoDate("2027-03-24")));
    EXPECT_FALSE(inPublicPeriod(published, *parseIsoDate("2027-03-25")));
    EXPECT_FALSE(inPublicPeriod(published, *parseIsoDate("2026-03-24")));

    // A natural person not acting as a business: surname only, everywhere.
    d.partyIsOrganisation = false;
    party.name = "赵刚";
    d.facts = "赵刚在自家院内焚烧废旧轮胎。";
    const auto person = publicRecordOf(c, party, d, true, *parseIsoDate("2026-03-20"), *parseIsoDate("2026-03-25"), policy);
    EXPECT_EQ(person.partyName, "赵某");
    EXPECT_EQ(person.facts, "赵某在自家院内焚烧废旧轮胎。");
    EXPECT_EQ(formatIsoDate(person.visibleUntil), "2029-03-24");  // 36 months, serious
}

TEST(Publication, SeriousIsMajorOrDirectToD) {
    Policy policy;
    ProposedDecision d;
    d.fineYuan = 10000;
    d.violationType = "超标排放";
    EXPECT_FALSE(seriousViolation(d, false, policy));
    EXPECT_TRUE(seriousViolation(d, true, policy));  // decided after a hearing: major
    d.violationType = "暗管偷排";
    EXPECT_TRUE(seriousViolation(d, false, policy));
    d.violationType = "超标排放";
    d.fineYuan = 300000;
    EXPECT_TRUE(seriousViolation(d, false, policy));
}

}  // namespace
}  // namespace fc::domain
