package io.cosmicsync.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VersionVectorPropertyTest {

    @Provide
    Arbitrary<VersionVector> vectors() {
        Arbitrary<PeerId> peers = Arbitraries.of("a", "b", "c", "d").map(PeerId::new);
        Arbitrary<Hlc> hlcs = Arbitraries.longs().between(0, 3).flatMap(l -> Arbitraries.integers().between(0, 2).map(c -> new Hlc(l, c)));
        return Arbitraries.maps(peers, hlcs).ofMaxSize(4).map(VersionVector::new);
    }

    @Property
    void merge_is_commutative_associative_and_idempotent(@ForAll("vectors") VersionVector x, @ForAll("vectors") VersionVector y,
                                                        @ForAll("vectors") VersionVector z) {
        assertThat(x.merge(y)).isEqualTo(y.merge(x));
        assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
        assertThat(x.merge(x)).isEqualTo(x);
    }

    @Property
    void the_merge_dominates_both_and_the_meet_is_dominated_by_both(@ForAll("vectors") VersionVector x, @ForAll("vectors") VersionVector y) {
        assertThat(x.merge(y).dominates(x)).isTrue();
        assertThat(x.merge(y).dominates(y)).isTrue();
        assertThat(x.dominates(x.meet(y))).isTrue();
        assertThat(y.dominates(x.meet(y))).isTrue();
    }

    @Property
    void compare_is_antisymmetric(@ForAll("vectors") VersionVector x, @ForAll("vectors") VersionVector y) {
        CausalOrder xy = x.compare(y);
        CausalOrder yx = y.compare(x);
        Map<CausalOrder, CausalOrder> mirror = new HashMap<>(Map.of(CausalOrder.BEFORE, CausalOrder.AFTER,
                CausalOrder.AFTER, CausalOrder.BEFORE, CausalOrder.EQUAL, CausalOrder.EQUAL, CausalOrder.CONCURRENT, CausalOrder.CONCURRENT));
        assertThat(yx).isEqualTo(mirror.get(xy));
        assertThat(xy == CausalOrder.EQUAL).isEqualTo(x.equals(y));
    }

    @Test
    void vectors_that_each_saw_something_new_are_concurrent() {
        PeerId a = new PeerId("a");
        PeerId b = new PeerId("b");
        VersionVector x = VersionVector.empty().with(a, new Hlc(5, 0));
        VersionVector y = VersionVector.empty().with(b, new Hlc(1, 0));
        assertThat(x.compare(y)).isEqualTo(CausalOrder.CONCURRENT);
        assertThat(x.compare(x.merge(y))).isEqualTo(CausalOrder.BEFORE);
        assertThat(x.covers(a, new Hlc(4, 9))).isTrue();
        assertThat(x.covers(a, new Hlc(5, 1))).isFalse();
    }
}
