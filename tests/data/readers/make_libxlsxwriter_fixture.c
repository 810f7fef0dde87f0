/* Writes grades_libxlsxwriter.xlsx and grades_constant_memory.xlsx: workbooks as a real
 * writer produces them (shared strings, or inline strings in constant-memory mode; a date
 * format; numbers; a formula with a cached value; a Chinese sheet name after a hidden one).
 * Build and run by hand when the fixtures change:
 *   cc make_libxlsxwriter_fixture.c $(pkg-config --cflags --libs xlsxwriter) -o /tmp/mkx && /tmp/mkx
 */
#include <xlsxwriter.h>

static void fill(lxw_workbook *wb)
{
    static const char *header[] = {"统一社会信用代码", "主体名称", "评价部门", "评价体系", "评价结果",
                                   "评价分数", "行业领域", "评价日期", "有效期至", "备注"};
    lxw_worksheet *hidden = workbook_add_worksheet(wb, "Lists");
    worksheet_write_string(hidden, 0, 0, "SAMR_SD", NULL);
    worksheet_hide(hidden);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "评价结果");
    worksheet_activate(ws);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    for (int c = 0; c < 10; ++c)
        worksheet_write_string(ws, 0, c, header[c], NULL);
    worksheet_write_string(ws, 1, 0, "91370681MA3P7K2Q3U", NULL);
    worksheet_write_string(ws, 1, 1, "龙口市鑫达食品有限公司", NULL);
    worksheet_write_string(ws, 1, 2, "市场监管局", NULL);
    worksheet_write_string(ws, 1, 3, "SAMR_SD", NULL);
    worksheet_write_string(ws, 1, 4, "A", NULL);
    worksheet_write_number(ws, 1, 5, 95, NULL);
    worksheet_write_string(ws, 1, 6, "食品生产", NULL);
    lxw_datetime d1 = {2025, 12, 1, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 7, &d1, date);
    lxw_datetime d2 = {2026, 11, 30, 0, 0, 0};
    worksheet_write_datetime(ws, 1, 8, &d2, date);
    worksheet_write_string(ws, 2, 0, "92370681MA3N4R8W1A", NULL);
    worksheet_write_string(ws, 2, 1, "龙口市张记餐馆", NULL);
    worksheet_write_string(ws, 2, 2, "卫生健康局", NULL);
    worksheet_write_string(ws, 2, 4, "良好", NULL);
    worksheet_write_formula_num(ws, 2, 5, "=80+7.5", NULL, 87.5);
    worksheet_write_boolean(ws, 2, 9, 1, NULL);
}

int main(void)
{
    lxw_workbook *wb = workbook_new("grades_libxlsxwriter.xlsx");
    fill(wb);
    if (workbook_close(wb) != LXW_NO_ERROR)
        return 1;
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL};
    wb = workbook_new_opt("grades_constant_memory.xlsx", &options);
    fill(wb);
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
