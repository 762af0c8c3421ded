package tui

import (
	"image/color"
	"strings"
	"sync"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// paint is a style reduced to the escape sequences around its text. Rows
// are drawn on every keystroke in every session, and wrapping a string in
// two precomputed strings costs nothing next to lipgloss.Style.Render.
type paint struct {
	pre, post string
	// showsOnBlank is set when the style changes how a space looks
	// (background, reverse video, underline, strike-through): only then are
	// blanks painted. Every byte of a frame is parsed by bubbletea and kept
	// until the next one, in every session.
	showsOnBlank bool
}

// downsample converts the colours of text styled by others (bubbles' help
// and text input) to the session's profile, for strings drawn once and
// kept.
func (s *styles) downsample(text string) string {
	if s.profile >= colorprofile.TrueColor || s.profile <= colorprofile.NoTTY || !strings.Contains(text, "\x1b[") {
		return text
	}
	var b strings.Builder
	w := colorprofile.Writer{Forward: &b, Profile: s.profile}
	if _, err := w.WriteString(text); err != nil {
		return text
	}
	return b.String()
}

func (p paint) on(s string) string {
	if p.pre == "" || s == "" || !p.showsOnBlank && strings.Trim(s, " ") == "" {
		return s
	}
	return p.pre + s + p.post
}

func paintOf(st lipgloss.Style) paint {
	pre, post, _ := strings.Cut(st.Render("X"), "X")
	_, noBG := st.GetBackground().(lipgloss.NoColor)
	shows := !noBG || st.GetReverse() || st.GetUnderline() || st.GetStrikethrough()
	return paint{pre, post, shows}
}

// styles is the look of one session: a palette for its background (dark or
// light) and its colour profile. Sets are built once per (background,
// profile) and shared by every session.
//
// The colours are converted to the profile here, once: a 256-colour
// terminal (TERM=xterm-256color, the common case over SSH) gets 256-colour
// sequences in the frame, not true-colour ones for the renderer to convert
// cell by cell on every frame. The sequences are shorter too, and
// bubbletea parses the whole frame each time it draws.
type styles struct {
	dark    bool
	profile colorprofile.Profile

	paneTitle, paneTitleBlur paint // a pane's header, focused or not
	divider                  paint // the line between panes
	selected, selectedBlur   paint // the row under the cursor, in the focused pane or another
	year, month              paint // timeline headings
	date, dim, count         paint
	match                    paint // an actor of the active filter
	person, org              paint // the kind letter of an actor
	bar                      paint // an actor's activity bar
	status, statusFilter     paint
	prompt                   paint // "/" of a search line
	help                     help.Styles

	// The glamour colours of the highlighted sentence (ANSI 256 codes), "" to
	// keep the style's own strong emphasis.
	hlFG, hlBG string
}

// A palette is the colours of one background. Every colour that draws
// text (all but the backgrounds and the pane divider) keeps a contrast of
// at least 4.5:1 (WCAG AA) with the terminal's own background, white or
// black, so nothing is barely legible on either (TestPaletteContrast).
type palette struct {
	text, subtle, accent, green, blue, amber string // text colours
	accentBG, selBG, faint                   string // backgrounds and the divider
}

var (
	darkPalette = palette{
		text: "#E4E4E4", subtle: "#767676", accent: "#B4A3FF", green: "#7BD88F", blue: "#8CB8FF", amber: "#F2C46D",
		accentBG: "#3B2F73", selBG: "#303030", faint: "#3A3A3A",
	}
	lightPalette = palette{
		text: "#1A1A1A", subtle: "#5F5F5F", accent: "#5A3FC0", green: "#1E7B34", blue: "#1F5FAF", amber: "#8A5A00",
		accentBG: "#E6E0FF", selBG: "#D8D8D8", faint: "#D0D0D0",
	}
)

type styleKey struct {
	dark    bool
	profile colorprofile.Profile // NoTTY, ASCII, ANSI, ANSI256 or TrueColor
}

// class is what the profile allows: 0 no styling at all (NoTTY), 1
// attributes only (ASCII, NO_COLOR), 2 colours.
func (k styleKey) class() int { return profileClass(k.profile) }

var styleSets sync.Map // styleKey → *styles

func profileClass(p colorprofile.Profile) int {
	switch p {
	case colorprofile.NoTTY:
		return 0
	case colorprofile.ASCII:
		return 1
	}
	return 2
}

// stylesFor returns the shared style set for a background and profile.
func stylesFor(dark bool, p colorprofile.Profile) *styles {
	if p == colorprofile.Unknown || p > colorprofile.TrueColor {
		p = colorprofile.TrueColor
	}
	k := styleKey{dark, p}
	if s, ok := styleSets.Load(k); ok {
		return s.(*styles)
	}
	s, _ := styleSets.LoadOrStore(k, newStyles(k))
	return s.(*styles)
}

func newStyles(k styleKey) *styles {
	s := &styles{dark: k.dark, profile: k.profile}
	class := k.class()
	if class == 0 {
		s.help = help.Styles{}
		return s
	}
	pal := darkPalette
	if !k.dark {
		pal = lightPalette
	}
	colour := func(hex string) color.Color {
		if class < 2 {
			return lipgloss.NoColor{}
		}
		return k.profile.Convert(lipgloss.Color(hex))
	}
	var (
		accent  = colour(pal.accent)
		accentB = colour(pal.accentBG)
		subtle  = colour(pal.subtle)
		faint   = colour(pal.faint)
		text    = colour(pal.text)
		green   = colour(pal.green)
		blue    = colour(pal.blue)
		amber   = colour(pal.amber)
		selBG   = colour(pal.selBG)
	)
	st := lipgloss.NewStyle
	s.paneTitle = paintOf(st().Bold(true).Foreground(accent).Background(accentB).Reverse(class < 2))
	s.paneTitleBlur = paintOf(st().Foreground(subtle))
	s.divider = paintOf(st().Foreground(faint))
	s.selected = paintOf(st().Bold(true).Foreground(text).Background(accentB).Reverse(class < 2))
	s.selectedBlur = paintOf(st().Foreground(text).Background(selBG).Underline(class < 2))
	s.year = paintOf(st().Bold(true).Foreground(accent))
	s.month = paintOf(st().Bold(true).Foreground(blue))
	s.date = paintOf(st().Foreground(amber))
	s.dim = paintOf(st().Foreground(subtle))
	s.count = paintOf(st().Foreground(subtle))
	s.match = paintOf(st().Bold(true).Foreground(green))
	s.person = paintOf(st().Foreground(blue))
	s.org = paintOf(st().Foreground(amber))
	s.bar = paintOf(st().Foreground(accent))
	s.status = paintOf(st().Foreground(subtle))
	s.statusFilter = paintOf(st().Bold(true).Foreground(green))
	s.prompt = paintOf(st().Bold(true).Foreground(accent))
	// bubbles' own help colours are pale grey on a light background; the
	// help line uses the palette, whose text colours are legible on both.
	s.help = help.Styles{
		ShortKey:       st().Foreground(text).Bold(true),
		ShortDesc:      st().Foreground(subtle),
		ShortSeparator: st().Foreground(subtle),
		Ellipsis:       st().Foreground(subtle),
		FullKey:        st().Foreground(text).Bold(true),
		FullDesc:       st().Foreground(subtle),
		FullSeparator:  st().Foreground(subtle),
	}
	if class < 2 {
		plain := st()
		s.help = help.Styles{ShortKey: plain.Bold(true), FullKey: plain.Bold(true)}
		return s
	}
	if k.dark {
		s.hlFG, s.hlBG = "230", "58"
	} else {
		s.hlFG, s.hlBG = "232", "229"
	}
	return s
}
