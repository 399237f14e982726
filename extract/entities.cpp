#include "extract/entities.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "extract/numeral.h"
#include "extract/scan_internal.h"

namespace newsline {
namespace {

// Abbreviations that Chinese news writes in Latin letters for common nouns, not names: a
// role (CEO), a kind of thing (App, ETF, LED), a measure (EPS, ROE) or a credit rating (AAA,
// BBB-, by its shape). Indicators (GDP, CPI) are the lexicon's. Sorted for binary search.
constexpr std::string_view kCommonAbbreviations[] = {
    "AI+", "APP", "ATM", "App", "CBD", "CEO", "CFO", "CIO", "COO", "CPU",
    "CTO", "DNA", "DRAM", "EPS", "ESG", "ETF", "EUV", "FDI", "GPS", "GPU", "HBM", "HPV", "ICU", "IPO",
    "IPTV", "IPv4", "IPv6", "ISO", "KPI", "LCD", "LED", "LNG", "LPG", "LPR", "NAND", "NFC", "OEM", "OLED", "PCB", "PM10",
    "PM2", "POS", "QDII", "QFII", "RNA", "ROE", "RQFII", "STEM", "SUV", "SaaS", "TMT", "USB",
};
static_assert(std::ranges::is_sorted(kCommonAbbreviations));

bool common_abbreviation(std::string_view word) {
  // A rating: one letter of A to C repeated, then a + or a -: AAA, AA-, BBB+, CCC.
  std::string_view letters = word;
  if (!letters.empty() && (letters.back() == '+' || letters.back() == '-')) letters.remove_suffix(1);
  const bool rating = !letters.empty() && letters.front() >= 'A' && letters.front() <= 'C' &&
                      letters.find_first_not_of(letters.front()) == std::string_view::npos;
  return rating || std::binary_search(std::begin(kCommonAbbreviations), std::end(kCommonAbbreviations), word);
}

// A run of capitalised Latin words inside Chinese text: "Andrew Carr", "SemiAnalysis".
std::vector<ByteSpan> latin_names(std::string_view s, const std::vector<Lexicon::Match>& known) {
  std::vector<ByteSpan> out;
  std::size_t k = 0;
  for (std::size_t i = scan::find_capital(s, 0); i < s.size(); i = scan::find_capital(s, i)) {
    if (!scan::word_start(s, i)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::size_t words = 0;
    for (;;) {
      std::size_t j = end;
      if (!(j < s.size() && s[j] >= 'A' && s[j] <= 'Z')) break;
      while (j < s.size() && (scan::is_ascii_alnum(static_cast<unsigned char>(s[j])) || s[j] == '&' || s[j] == '-')) ++j;
      end = j;
      ++words;
      if (end < s.size() && s[end] == ' ' && end + 1 < s.size() && s[end + 1] >= 'A' && s[end + 1] <= 'Z') {
        end += 1;
        continue;
      }
      break;
    }
    // Chinese on at least one side, and at least 3 letters: not a sentence of English.
    char32_t before = scan::cp_before(s, i), after = scan::cp_at(s, end);
    bool chinese_context = scan::is_han(before) || scan::is_han(after) || before == U'“' || before == U'「';
    while (k < known.size() && known[k].span.end <= i) ++k;
    bool overlaps = k < known.size() && known[k].span.start < end;
    const bool common = words == 1 && common_abbreviation(s.substr(i, end - i));
    if (chinese_context && !overlaps && !common && end - i >= 3 && words <= 4) out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)});
    i = end + 1;
  }
  return out;
}

// Words that end an organisation's name in Chinese: 宁德时代新能源科技股份有限公司, 招商银行.
// Only the strong ones: 基金, 资本, 保险 and 委员会 end as many common phrases as names.
constexpr std::string_view kOrgSuffixes[] = {
    "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "银行", "证券", "控股", "交易所",
};
// The first characters of the suffixes, a bit each, to turn most characters away cheaply.
constexpr auto kSuffixFirsts = [] {
  std::array<std::uint64_t, 1024> bits{};
  for (std::string_view w : kOrgSuffixes) {
    const char32_t cp = three_byte_code_point(w, 0);
    bits[cp >> 6] |= std::uint64_t{1} << (cp & 63);
  }
  return bits;
}();

// The length of the suffix at `pos` (the list runs longest first where one ends another), or 0.
std::size_t suffix_at(std::string_view s, std::size_t pos) {
  for (std::string_view w : kOrgSuffixes) {
    if (scan::at(s, pos, w)) return w.size();
  }
  return 0;
}

// Characters and words that cannot be inside a name: the name starts after them.
constexpr std::string_view kNameStops[] = {
    "的", "和", "与", "及", "在", "由", "对", "向", "从", "将", "被", "为", "是", "了", "称", "据", "等", "或", "把", "让",
    "给", "于", "以", "而", "但", "并", "也", "都", "已", "曾", "又", "就", "所", "其", "该", "这", "那", "此", "各", "每",
    "旗下", "宣布", "表示", "透露", "认为", "指出", "成为", "包括", "其中", "通过", "收购", "入股", "持有", "联合", "携手",
    "目前", "导致", "方式", "减持", "增持", "超过", "担任", "成立", "设立", "合计", "知名", "一轮", "进一步", "登", "靠",
    "即", "有", "个", "只", "届", "名", "位", "次", "年", "月", "日", "获得", "覆盖", "完成", "办理", "完善",
    "跑", "看好", "青睐", "重回", "五大", "四大", "六大", "加快", "推进", "推动", "支持", "鼓励", "引导", "要求",
    // Roles and verbs that stand before a name: 控股股东东盛集团, 座谈会邀请奥德集团, 升任深铁集团.
    "股东", "子公司", "母公司", "平台", "邀请", "来到", "升任", "考虑到", "预计", "增加", "缺少", "开展", "降低",
    "集中", "连板", "万股", "亿股", "出资", "委托", "授权", "聘请", "牵头", "参与", "加入", "退出", "起诉", "控告",
    "选择", "更名为", "改名为", "简称", "原名", "前身", "系", "董事长", "总裁", "总经理", "旗舰",
    "收到", "确保", "重组", "到", "购买", "评估", "助力", "打消", "使", "回购", "注销", "申请", "落地", "获", "投行",
    "一致行动人", "参股公司", "控股公司", "关联方", "对手方", "交易对方", "竞争对手", "客户", "供应商", "合作伙伴",
    "拟", "计划", "希望", "同意", "批准", "核准", "受理", "审议", "签署", "签约", "中标", "发布", "公布",
    "披露", "发起", "主导", "接手", "接管", "出售", "转让", "买入", "卖出", "投资于", "认购", "剥离", "并购", "吸收",
};
constexpr scan::EndSet kNameStopEnds(kNameStops);
// Generic phrases that look like a name by their suffix: 该公司, 上市公司, 子公司, 商业银行.
constexpr std::string_view kGenericNames[] = {
    "上市", "子", "母", "分", "本", "我", "贵", "多家", "一家", "两家", "几家", "数家", "家", "商业", "中央", "投资",
    "科技", "外资", "内资", "国有", "民营", "私募", "公募", "头部", "大型", "中小", "券商", "险资", "新", "同", "全",
    "各大", "境外", "境内", "海外", "国内", "大", "小", "这些", "这家", "那家", "该", "其", "此", "全资", "控股",
    "合资", "参股", "航空", "咨询", "初创", "互联网", "金融", "电商", "民营企业", "龙头", "知名", "投资银行", "央行",
    "中央银行", "开发", "政策性", "城市", "农村", "村镇", "储蓄", "股份制", "网络", "数字", "直销", "私人", "零售",
    "行动", "虚拟", "地方", "区域", "本土", "外国", "美国", "日本", "中国", "欧洲", "全球", "世界", "亚洲", "国际",
    "我国", "双方", "中资", "全国性", "全国", "综合性", "A股", "港股", "美股", "承销", "贷款", "抵押", "托管", "存管",
    "代销", "合作", "主办", "发行", "做市", "保荐", "清算", "结算", "汇款", "收款", "开户",
    // Words of a trade: a name made only of them is a kind of company (汽车销售有限公司, 电力能源集团).
    "汽车", "销售", "通信", "飞机", "制造", "健康", "资产", "交易", "生产", "资料", "农业", "产业", "能源", "电力",
    "化工", "电子", "信息", "技术", "管理", "服务", "物流", "贸易", "房地产", "置业", "实业", "发展", "建设", "工程",
    "传媒", "文化", "教育", "医药", "医疗", "生物", "环保", "材料", "软件", "智能", "装备", "机械", "食品", "钢铁",
    "矿业", "煤业", "物业", "租赁", "保险", "担保", "基金", "资本", "财务", "集团", "股权", "创业", "风险", "天使",
    "新能源", "半导体", "芯片", "光伏", "电池", "储能", "航运", "港口", "铁路", "建筑", "地产", "商贸", "餐饮", "旅游",
    "多品牌", "社区", "绝大多数", "大多数", "多数", "犯罪", "信托", "纸业", "优质", "自身", "首家", "独资", "外商",
    "环球", "终端", "用品", "文体", "交通", "轨道", "中心", "股权交易", "品牌", "跨国", "上游", "下游", "同业", "部分",
    "所有", "其他", "其它", "相关", "有关", "主要", "重点", "优秀", "领先", "核心", "骨干", "特大", "超大", "巨头",
};
constexpr scan::EndSet kGenericEnds(kGenericNames);

// Organisation names by their shape in Chinese text: Han (and Latin) characters before a
// suffix such as 公司 or 银行, back to punctuation, a stop word or another mention.
std::vector<ByteSpan> shaped_org_names(std::string_view s, const std::vector<Lexicon::Match>& known, const std::uint8_t* classes) {
  std::vector<ByteSpan> out;
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (classes != nullptr) {
      i = next_marked(classes, i, s.size(), start_class::kOrgSuffix);
      if (i == s.size()) break;
    }
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0xE0 || b >= 0xF0 || i + 1 >= s.size()) {  // suffixes are three-byte characters
      ++i;
      continue;
    }
    // The character against the suffixes' first characters before any comparison.
    const char32_t cp = i + 2 < s.size() ? three_byte_code_point(s, i) : 0;
    const std::size_t suffix = ((kSuffixFirsts[cp >> 6] >> (cp & 63)) & 1) != 0 ? suffix_at(s, i) : 0;
    if (suffix == 0) {
      i += 3;
      continue;
    }
    std::size_t end = i + suffix;
    // 控股股东, 银行业, 证券化: the suffix word used as a word of its own, not a name's end.
    if (scan::followed_by_any(s, end, {"股东", "子公司", "权", "比例", "地位", "业", "间", "卡", "贷款", "账户", "存款", "股", "代码", "简称",
                                        "系统", "理财", "化", "市场", "法", "交易", "投资", "时报", "日报", "行业", "监管",
                                        "从业", "机构", "类", "板块", "指数"})) {
      i = end;
      continue;
    }
    // 腾讯控股有限公司, 平安银行股份有限公司: suffixes in a row belong to one name.
    while (std::size_t more = suffix_at(s, end)) end += more;
    // Back over name characters, at most 12 of them.
    std::size_t start = i;
    while (k < known.size() && known[k].span.end <= i) ++k;
    const std::size_t floor = k > 0 ? known[k - 1].span.end : 0;
    // The name must begin at a clear boundary: punctuation, a stop word, a known mention
    // or the start; a walk that runs out of characters is inside a sentence.
    bool bounded = false;
    for (int n = 0; n < 12; ++n) {
      if (start <= floor) {
        bounded = true;
        break;
      }
      Utf8Char c = utf8_before(s, start);
      bool stop = !(scan::is_han(c.cp) || scan::is_ascii_alnum(c.cp));
      if (kNameStopEnds.may_end(s, start)) {
        for (std::string_view w : kNameStops) {
          if (start >= w.size() && scan::at(s, start - w.size(), w)) stop = true;
        }
      }
      if (stop) {
        bounded = true;
        break;
      }
      start -= c.len;
    }
    // Generic when nothing is left after the generic words: 多家上市公司, 该子公司.
    std::string_view head = s.substr(start, i - start);
    std::string_view rest = head;
    for (bool stripped = true; stripped && !rest.empty();) {
      stripped = false;
      if (!kGenericEnds.may_end(rest, rest.size())) break;
      for (std::string_view g : kGenericNames) {
        if (rest.size() >= g.size() && scan::at(rest, rest.size() - g.size(), g)) {
          rest.remove_suffix(g.size());
          stripped = true;
          break;
        }
      }
    }
    // A name starts with no digit and no ordinal: 20国集团, 第79集团军.
    const bool numbered = !head.empty() && (scan::is_ascii_digit(static_cast<unsigned char>(head[0])) || head.starts_with("第"));
    const bool generic = rest.empty() || numbered;
    // A known name right before the suffix (招商 + 银行 is in the lexicon already) or a
    // lexicon match overlapping it: the lexicon's reading wins.
    bool overlaps = k < known.size() && known[k].span.start < end;
    if (bounded && !generic && !overlaps && head.size() >= 6) out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    i = end;
  }
  return out;
}

// English organisation names: capitalised words ending in Inc., Corp., Ltd., Group, Bank…
std::vector<ByteSpan> english_org_names(std::string_view s, const std::vector<Lexicon::Match>& known) {
  static constexpr std::string_view kSuffixes[] = {"Inc.", "Inc", "Corp.", "Corp", "Corporation", "Ltd.", "Ltd", "LLC",
                                                   "PLC", "plc", "Group", "Holdings", "Bank", "Co."};
  std::vector<ByteSpan> out;
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::string_view* suffix = nullptr;
    if (s[i] == ' ' && i + 1 < s.size()) {
      for (const std::string_view& w : kSuffixes) {
        if (scan::at(s, i + 1, w) && (w.back() == '.' || scan::word_end(s, i + 1 + w.size()))) {
          suffix = &w;
          break;
        }
      }
    }
    if (suffix == nullptr) continue;
    const std::size_t end = i + 1 + suffix->size();
    // Back over up to four capitalised words.
    std::size_t start = i;
    for (int words = 0; words < 4; ++words) {
      std::size_t j = start;
      while (j > 0 && (scan::is_ascii_alnum(static_cast<unsigned char>(s[j - 1])) || s[j - 1] == '&' || s[j - 1] == '-' ||
                       s[j - 1] == '.')) {
        --j;
      }
      if (j == start || !(s[j] >= 'A' && s[j] <= 'Z')) break;
      start = j;
      if (start == 0 || s[start - 1] != ' ') break;
      --start;
    }
    if (start < i && s[start] == ' ') ++start;
    while (k < known.size() && known[k].span.end <= start) ++k;
    bool overlaps = k < known.size() && known[k].span.start < end;
    if (start < i && !overlaps) out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end)});
    i = end;
  }
  return out;
}

// A name in quotation marks: “DeepSeek”, 被称为“宁王”, 「小摩」 told twice, or the title of a
// work or a document in 《》 (《证券法》). Quoted speech and phrases are left out: they are
// long, hold punctuation or read as a sentence (了, 是, 我们…); and a quoted Chinese word
// is a name only where the text names it so (称为, 名为, 代号…) or quotes it more than once,
// since most quoted words are slogans or slang (“清零”, “破圈”).
struct QuotedName {
  ByteSpan span;  // inside the marks
  bool work;      // 《》
};
std::vector<QuotedName> quoted_names(std::string_view s, const std::vector<Lexicon::Match>& known) {
  static constexpr std::u32string_view kInside = U"，。！？；：、,!?;\n“”《「」（）";
  static constexpr std::u32string_view kSentence = U"了是我你他她们吗呢吧啊不没很要会能就都也还在谁";
  static constexpr std::string_view kSentenceWords[] = {"什么", "怎么", "如何", "为何"};
  static constexpr std::string_view kNamingCues[] = {
      "称为", "称作", "名为", "叫做", "号称", "代号", "简称", "绰号", "昵称", "人称", "誉为", "品牌", "平台", "产品",
      "项目", "系列", "应用", "公司", "集团", "基金", "模型", "芯片", "游戏", "电影", "节目", "栏目", "机器人", "App",
      "APP", "账号", "团队", "机构", "组织", "联盟", "计划", "工程", "系统", "号",
  };
  struct Candidate {
    QuotedName name;
    bool named;  // a title, Latin letters or a naming word beside it
  };
  std::vector<Candidate> candidates;
  std::unordered_map<std::string_view, int> times;
  std::size_t k = 0;
  for (std::size_t i = 0; i + 3 <= s.size(); ++i) {
    // To the next lead byte of “ (E2) or of 「 and 《 (E3): in valid UTF-8 no other byte is
    // E2 or E3.
    i = scan::find_byte(s, i, 0xFE, 0xE2);
    if (i + 3 > s.size()) break;
    const bool work = scan::at(s, i, "《");
    std::string_view close;
    if (work) {
      close = "》";
    } else if (scan::at(s, i, "“")) {
      close = "”";
    } else if (scan::at(s, i, "「")) {
      close = "」";
    } else {
      continue;
    }
    const std::size_t begin = i + 3;
    const std::size_t limit = work ? 30 : 12;  // code points
    std::size_t end = begin, count = 0;
    bool clean = true, numeral_only = true;
    while (end < s.size() && count <= limit && !scan::at(s, end, close)) {
      const Utf8Char c = utf8_at(s, end);
      clean = kInside.find(c.cp) == std::u32string_view::npos &&
              (work || (kSentence.find(c.cp) == std::u32string_view::npos &&
                        std::none_of(std::begin(kSentenceWords), std::end(kSentenceWords), [&](std::string_view w) { return scan::at(s, end, w); })));
      if (!clean) break;  // speech or a phrase: nothing to read further
      numeral_only = numeral_only && (scan::is_ascii_digit(c.cp) || is_chinese_numeral_char(c.cp));
      end += c.len;
      ++count;
    }
    if (!clean || end >= s.size() || count < 2 || count > limit || numeral_only) continue;
    const std::string_view text = s.substr(begin, end - begin);
    bool named = work || std::any_of(text.begin(), text.end(), [](char c) { return scan::is_ascii_alpha(static_cast<unsigned char>(c)); });
    if (!named) {
      const std::string_view before = s.substr(0, i);
      const std::string_view after = s.substr(end + close.size());
      named = std::any_of(std::begin(kNamingCues), std::end(kNamingCues), [&](std::string_view w) {
        return before.ends_with(w) || after.starts_with(w);  // 被称为“宁王”, “星河智算”平台
      });
    }
    while (k < known.size() && known[k].span.end <= begin) ++k;
    const bool overlaps = k < known.size() && known[k].span.start < end;
    if (!overlaps) candidates.push_back({QuotedName{{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)}, work}, named});
    ++times[text];
    i = end;
  }
  // Uncued quoted words count when the document quotes them more than once.
  std::vector<QuotedName> out;
  for (const Candidate& c : candidates) {
    const std::string_view text = s.substr(c.name.span.start, c.name.span.size());
    if ((c.named || times[text] > 1) && !common_abbreviation(text)) out.push_back(c.name);
  }
  return out;
}

std::string slug(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (scan::is_ascii_alnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// A name whose first or last character is a numeral, standing inside a longer numeral: 零一
// (零一万物) in 一千零一万. The number is read; the name is not there.
bool inside_numeral(std::string_view s, ByteSpan span) {
  auto numeral = [](char32_t c) { return is_chinese_numeral_char(c) || scan::is_ascii_digit(c); };
  const Utf8Char first = utf8_at(s, span.start);
  const Utf8Char last = utf8_before(s, span.end);
  return (numeral(first.cp) && numeral(scan::cp_before(s, span.start))) || (numeral(last.cp) && numeral(scan::cp_at(s, span.end)));
}

}  // namespace

void mark_entity_starts(const Lexicon& lexicon, StartClasses& classes) {
  lexicon.mark_starts(classes, start_class::kLexicon);
  classes.mark_all(kSuffixFirsts, start_class::kOrgSuffix);
}

std::vector<EntityHit> extract_entities(const DocumentView& doc, const Lexicon& lexicon) {
  std::vector<Lexicon::Match> matches = lexicon.find_all(doc.folded, doc.classes, start_class::kLexicon);
  std::erase_if(matches, [&](const Lexicon::Match& m) { return inside_numeral(doc.folded, m.span); });
  std::vector<EntityHit> out;
  out.reserve(matches.size());
  for (const Lexicon::Match& m : matches) {
    const EntityInfo& info = lexicon.entities()[m.entity];
    EntityHit hit;
    hit.bytes = m.span;
    hit.mention.span = Span{doc.index->to_code_point(m.span.start), doc.index->to_code_point(m.span.end)};
    hit.mention.id = info.id;
    hit.mention.name = info.name;
    hit.mention.kind = info.kind;
    out.push_back(std::move(hit));
  }
  std::vector<EntityHit> names;
  auto add = [&](ByteSpan b, std::string_view kind, std::string id) {
    EntityHit hit;
    hit.bytes = b;
    hit.mention.span = Span{doc.index->to_code_point(b.start), doc.index->to_code_point(b.end)};
    hit.mention.id = std::move(id);
    hit.mention.name = std::string(doc.folded.substr(b.start, b.size()));
    hit.mention.kind = std::string(kind);
    names.push_back(std::move(hit));
  };
  if (doc.lang == "zh") {
    for (ByteSpan b : latin_names(doc.folded, matches)) add(b, "name", "name:" + slug(doc.folded.substr(b.start, b.size())));
    for (ByteSpan b : shaped_org_names(doc.folded, matches, doc.classes)) {
      add(b, "org", "org:" + std::string(doc.folded.substr(b.start, b.size())));
    }
    for (const QuotedName& q : quoted_names(doc.folded, matches)) {
      const std::string_view text = doc.folded.substr(q.span.start, q.span.size());
      const bool latin = std::any_of(text.begin(), text.end(), [](char c) { return scan::is_ascii_alpha(static_cast<unsigned char>(c)); });
      add(q.span, q.work ? "work" : "name", (q.work ? "work:" : "name:") + (latin ? slug(text) : std::string(text)));
    }
  } else {
    for (ByteSpan b : english_org_names(doc.folded, matches)) add(b, "org", "org:" + slug(doc.folded.substr(b.start, b.size())));
  }
  if (!names.empty()) {
    out.insert(out.end(), names.begin(), names.end());
    std::stable_sort(out.begin(), out.end(), [](const EntityHit& a, const EntityHit& b) { return a.bytes.start < b.bytes.start; });
    // Mentions found by different rules must not overlap: the earlier one stays, and of two
    // that start together the one of the earlier rule (the lexicon first).
    std::vector<EntityHit> kept;
    for (EntityHit& h : out) {
      if (!kept.empty() && h.bytes.start < kept.back().bytes.end) continue;
      kept.push_back(std::move(h));
    }
    out = std::move(kept);
  }
  return out;
}

}  // namespace newsline
