#include <gtest/gtest.h>

#include "backend/logic/csvreader.h"

using fc::server::CsvReader;

TEST(CsvReader, QuotedFieldsWithCommasQuotesAndLineBreaks) {
    CsvReader reader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");
    auto header = reader.next();
    ASSERT_TRUE(header);
    EXPECT_EQ(header->line, 1);
    EXPECT_EQ(header->fields, (std::vector<std::string>{"a", "b"}));
    auto first = reader.next();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->line, 2);
    EXPECT_EQ(first->fields, (std::vector<std::string>{"x, y", "say \"hi\""}));
    auto second = reader.next();
    ASSERT_TRUE(second);
    EXPECT_EQ(second->line, 3);
    EXPECT_EQ(second->fields, (std::vector<std::string>{"two\nlines", "z"}));
    EXPECT_FALSE(reader.next());
}

TEST(CsvReader, ByteOrderMarkAndBlankLinesAreSkippedButCounted) {
    CsvReader reader("\xEF\xBB\xBFh\n\n\nv\n");
    EXPECT_EQ(reader.next()->fields.front(), "h");
    auto row = reader.next();
    EXPECT_EQ(row->fields.front(), "v");
    EXPECT_EQ(row->line, 4);
}

TEST(CsvReader, UnterminatedQuoteNamesItsLine) {
    CsvReader reader("h\n\"open\n");
    reader.next();
    try {
        reader.next();
        FAIL() << "expected an error";
    } catch (const std::runtime_error &e) {
        EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    }
}
