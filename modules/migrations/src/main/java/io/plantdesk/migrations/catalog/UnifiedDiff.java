package io.plantdesk.migrations.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts (a function's or a view's definition), lines in common kept as
 * context around each change, as {@code diff -u} prints it: a DBA reads what changed in a
 * 200-line function without comparing it by eye.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    public static String of(String expectedLabel, String expected, String actualLabel, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        // Longest common subsequence, from the end, so the walk below goes forwards.
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        record Line(char op, String text, int ai, int bi) {}
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(new Line(' ', a.get(i), i++, j++));
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add(new Line('+', b.get(j), i, j++));
            } else {
                lines.add(new Line('-', a.get(i), i++, j));
            }
        }
        StringBuilder out = new StringBuilder("--- ")
                .append(expectedLabel)
                .append("\n+++ ")
                .append(actualLabel)
                .append('\n');
        int k = 0;
        while (k < lines.size()) {
            if (lines.get(k).op() == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            // Extend the hunk while changes are closer than two contexts apart.
            for (int m = k; m < lines.size(); m++) {
                if (lines.get(m).op() != ' ') {
                    end = m;
                } else if (m - end > 2 * CONTEXT) {
                    break;
                }
            }
            int stop = Math.min(lines.size(), end + CONTEXT + 1);
            List<Line> hunk = lines.subList(start, stop);
            long aCount = hunk.stream().filter(l -> l.op() != '+').count();
            long bCount = hunk.stream().filter(l -> l.op() != '-').count();
            out.append("@@ -")
                    .append(hunk.getFirst().ai() + 1)
                    .append(',')
                    .append(aCount)
                    .append(" +")
                    .append(hunk.getFirst().bi() + 1)
                    .append(',')
                    .append(bCount)
                    .append(" @@\n");
            hunk.forEach(l -> out.append(l.op()).append(l.text()).append('\n'));
            k = stop;
        }
        return out.toString();
    }
}
