package temporal

import (
	"testing"

	"chronik/corpus/datenames"
)

// TestPublicationLineDate: the publication line under a headline dates
// the article; one deep in the text heads a section, not the article.
func TestPublicationLineDate(t *testing.T) {
	head := "Rat beschließt Haushalt\nStand: 12.03.2024, 14:35 Uhr\n\nWien – Der Rat hat am Montag den Haushalt beschlossen."
	if d, ok := publicationLineDate(head); !ok || d.Interval.Start.String() != "2024-03-12" || d.Interval.End != d.Interval.Start {
		t.Errorf("%q: %v %v, want 12 March 2024", head, d, ok)
	}
	deep := "Rat beschließt Haushalt\n\n" + string(make([]byte, datenames.DateLineReach)) + "\n12.03.2024\n\nDer Rat tagte."
	if d, ok := publicationLineDate(deep); ok {
		t.Errorf("a date line after %d bytes dates the article: %v", datenames.DateLineReach, d)
	}
}

func FuzzPublicationLineDate(f *testing.F) {
	for _, s := range []string{"Rat tagt\nStand: 12.03.2024, 14:35 Uhr\n\nText.", "12.03.2024", "\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if d, ok := publicationLineDate(text); ok && !d.Interval.Valid() {
			t.Errorf("%q: date %v", text, d)
		}
	})
}
