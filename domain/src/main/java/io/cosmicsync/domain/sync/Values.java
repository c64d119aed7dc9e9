package io.cosmicsync.domain.sync;

import io.cosmicsync.domain.encoding.BinaryWriter;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A total order on {@link Value}s, used where resolvers need one (keep-the-maximum, set union).
 * Kinds rank null &lt; boolean &lt; number &lt; string &lt; list &lt; map; numbers compare by
 * numeric value (longs and doubles together), strings by UTF-16 code units, lists and maps by their
 * canonical encoding, and equal-ranking numbers (1 and 1.0) by kind, so the order is total.
 */
public final class Values {
    /** The order described above. */
    public static final Comparator<Value> ORDER = Values::compare;

    private Values() {
    }

    public static int compare(Value a, Value b) {
        int ka = rank(a);
        int kb = rank(b);
        if (ka != kb) {
            return Integer.compare(ka, kb);
        }
        if (a instanceof Value.BooleanValue x && b instanceof Value.BooleanValue y) {
            return Boolean.compare(x.value(), y.value());
        }
        if (a instanceof Value.StringValue x && b instanceof Value.StringValue y) {
            return x.value().compareTo(y.value());
        }
        if (ka == 2) {
            int c = compareNumbers(a, b);
            return c != 0 ? c : Boolean.compare(a instanceof Value.DoubleValue, b instanceof Value.DoubleValue);
        }
        if (ka == 0) {
            return 0;
        }
        return Arrays.compareUnsigned(encode(a), encode(b));
    }

    private static int compareNumbers(Value a, Value b) {
        if (a instanceof Value.LongValue x && b instanceof Value.LongValue y) {
            return Long.compare(x.value(), y.value());
        }
        return new java.math.BigDecimal(number(a)).compareTo(new java.math.BigDecimal(number(b)));
    }

    private static String number(Value v) {
        return v instanceof Value.LongValue l ? Long.toString(l.value()) : Double.toString(((Value.DoubleValue) v).value());
    }

    private static int rank(Value v) {
        if (v instanceof Value.NullValue) {
            return 0;
        } else if (v instanceof Value.BooleanValue) {
            return 1;
        } else if (v instanceof Value.LongValue || v instanceof Value.DoubleValue) {
            return 2;
        } else if (v instanceof Value.StringValue) {
            return 3;
        }
        return v instanceof Value.ListValue ? 4 : 5;
    }

    private static byte[] encode(Value v) {
        BinaryWriter w = new BinaryWriter();
        ChangeCodec.writeValue(w, v);
        return w.toByteArray();
    }
}
