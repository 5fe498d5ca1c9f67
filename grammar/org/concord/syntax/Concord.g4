// The Concord language. spec/language.md is the prose reference for every rule here.
// Newlines are insignificant: every construct is led by a keyword, so a drafter may
// lay out clauses as the agreement reads and the parser can still recover from errors.
grammar Concord;

// Parse-tree nodes that size their child lists for the one to three children most rules have.
options { contextSuperClass = CompactRuleContext; }

file
    : header? importDecl* declaration* EOF
    ;

// ---------------------------------------------------------------- header
header
    : 'agreement' name STRING? headerItem*
    ;

headerItem
    : 'term' first=period 'to' last=period granularity            # termItem
    | 'currency' code=ident scale=ident?                          # currencyItem
    | 'rounding' NUMBER roundingMode ('remainder' 'to' target=name | 'remainder' 'largest')?  # roundingItem
    ;

granularity : 'yearly' | 'quarterly' | 'monthly' ;

roundingMode : ident ('-' ident)? ;   // half-even, half-up, half-down, up, down, ceiling, floor

importDecl
    : 'import' STRING
    ;

// ---------------------------------------------------------------- declarations
declaration
    : partiesSection
    | outsideDecl
    | inputsSection
    | definition
    | fundDecl
    | article
    | testCase
    ;

partiesSection
    : 'parties' partyDecl+
    ;

partyDecl
    : name STRING? 'level' level=ident ('parent' parent=name)? ('members' members+=name (',' members+=name)*)?
    ;

outsideDecl
    : 'outside' name STRING?
    ;

inputsSection
    : 'inputs' inputDecl+
    ;

inputDecl
    : name STRING? ':' inputType inputOption*
    ;

inputType
    : kind=ident currency=ident?      // money [CNY] | number | percent | count
    ;

inputOption
    : 'in' '[' low=signedNumber ',' high=signedNumber ']'     # rangeOption
    | 'by' 'party'                                             # byPartyOption
    | 'constant'                                               # constantOption
    | 'per' 'period'                                           # perPeriodOption
    | 'collected' 'by' name                                    # collectedByOption
    | 'default' expr                                           # defaultOption
    ;

definition
    : 'define' name ('[' param=name ']')? STRING? '=' expr
    ;

fundDecl
    : 'fund' name STRING? fundOption*
    ;

fundOption
    : 'held' 'by' name                                         # heldByOption
    | 'initial' 'balance' expr                                 # initialBalanceOption
    | 'on' 'shortfall' policy=('pro-rata' | 'arrears')        # shortfallOption
    | 'carry' 'over'                                           # carryOverOption
    | 'lapse' 'to' name                                        # lapseOption
    ;

article
    : 'article' number=NUMBER STRING? clause*
    ;

// ---------------------------------------------------------------- clauses
clause
    : payer=name 'pays' amount=expr 'to' payee=name timing                          # paymentClause
    | 'share' base=name ('collected' 'by' collector=name)? shareLine+ shareOption* timing # shareClause
    | fund=name 'distributes' amount=expr 'to' partySet basis timing                # distributionClause
    | partySet 'contribute' amount=expr 'to' fund=name basis timing                 # contributionClause
    | 'if' expr 'then' body+=clause* elseIf* ('else' otherwise+=clause*)? 'end'      # conditionalClause
    | 'for' 'each' var=name 'in' partySet 'do' clause* 'end'                        # forEachClause
    | 'obligation' id=name STRING? party=name 'must' duty deadline? hortatory='hortatory'?   # obligationClause
    | 'penalty' 'on' 'breach' 'of' obligation=name ':' penaltyPayment? penaltyOption*   # penaltyClause
    | 'disputes' disputeScope? 'go' 'to' forumStep ('then' forumStep)* disputeOption*  # disputeClause
    ;

elseIf : 'else' 'if' expr 'then' clause* ;

shareLine
    : PERCENT 'to' name
    ;

shareOption
    : 'remainder' 'to' name                                    # remainderOption
    | 'until' name 'has' 'received' expr                       # capTotalOption
    | 'at' 'most' expr 'per' 'period'                          # capPeriodOption
    ;

timing
    : timingPart*
    ;

timingPart
    : 'each' unit=ident                                        # eachTiming
    | 'in' period                                              # inTiming
    | 'from' period                                            # fromTiming
    | 'through' period                                         # throughTiming
    | 'for' count=NUMBER unit=ident                            # forTiming
    ;

partySet
    : 'all' 'parties'                                          # allParties
    | 'members' 'of' name                                      # membersOf
    | name (',' name)*                                         # partyList
    ;

basis
    : 'equally'                                                # equalBasis
    | 'in' 'proportion' 'to' expr                              # proportionalBasis
    | 'equalising' expr                                        # equalisingBasis
    |                                                          # defaultBasis
    ;

duty
    : 'pay' amount=expr 'to' payee=name                        # payDuty
    | 'ensure' expr                                            # ensureDuty
    ;

deadline
    : 'by' period                                              # byDeadline
    | 'each' 'period'                                          # eachPeriodDeadline
    ;

penaltyPayment
    : (payer=name)? 'pays' amount=expr 'to' payee=name
    ;

penaltyOption
    : 'interest' rate=PERCENT 'per' 'period' 'on' 'arrears' 'to' name  # interestOption
    | 'escalating' rate=PERCENT 'per' 'repeat'                        # escalationOption
    ;

disputeScope
    : 'under' 'article' articleNumbers+=NUMBER (',' articleNumbers+=NUMBER)*
    ;

forumStep
    : forum=ident forumParties 'within' limit=NUMBER unit=ident binding?
    ;

forumParties
    : 'between' name ('and' name)*                             # betweenParties
    | 'by' name                                                # byArbiter
    ;

binding : ','? (b='binding' | nb='non-binding') ;

disputeOption
    : 'contested' 'payments' 'held' 'in' 'escrow'              # escrowOption
    | 'costs' 'borne' 'by' ('loser' | 'each' 'side' | name)    # costsOption
    | 'costs' 'of' amount=expr                                 # costAmountOption
    | 'all' 'parties' 'consent'                                # consentOption
    ;

// ---------------------------------------------------------------- tests (concord test)
testCase
    : 'test' STRING given* expectation* tolerance? 'end'
    ;

given
    : 'given' 'scenario' STRING                                # scenarioGiven
    | 'given' target=name ('[' party=name ']')? '=' givenValue (',' givenValue)*  # valueGiven
    | 'given' 'dispute' 'under' 'article' NUMBER 'in' period ruling?   # disputeGiven
    | 'given' name 'defaults' 'on' obligation=name 'in' period # defaultGiven
    ;

givenValue : expr ('in' period)? ;

ruling : 'ruled' outcome=ident ;

expectation
    : 'expect' 'net' name ('in' period | 'total') '=' expr              # netExpect
    | 'expect' 'flow' from=name 'to' to=name ('in' period | 'total') '=' expr   # flowExpect
    | 'expect' 'balance' name 'in' period '=' expr                      # balanceExpect
    | 'expect' 'event' kind=eventKind ('of' name)? 'in' period          # eventExpect
    | 'expect' 'diagnostic' code=ident                                  # diagnosticExpect
    ;

// Event kinds: some are keywords elsewhere (`penalty on breach of`, `on shortfall`, `default`).
eventKind : ident | 'breach' | 'penalty' | 'shortfall' | 'escrow' | 'default' ;

tolerance : 'within' expr ;

// ---------------------------------------------------------------- expressions
expr
    : op='-' expr                                              # negateExpr
    | expr op=('*' | '/' | 'of') expr                          # mulExpr
    | expr op=('+' | '-') expr                                 # addExpr
    | expr op=('<' | '<=' | '>' | '>=' | '=' | '!=') expr      # compareExpr
    | op='not' expr                                            # notExpr
    | expr op='and' expr                                       # andExpr
    | expr op='or' expr                                        # orExpr
    | primary                                                  # primaryExpr
    ;

primary
    : NUMBER                                                   # numberLit
    | PERCENT                                                  # percentLit
    | ('true' | 'false')                                       # boolLit
    | fn=name '(' (expr (',' expr)*)? ')'                      # callExpr
    | name '[' index=name ']'                                  # indexExpr
    | name                                                     # refExpr
    | '(' expr ')'                                             # parenExpr
    ;

signedNumber : '-'? (NUMBER | PERCENT) ;

period : NUMBER | PERIOD ;

// Words that are keywords in one place but fine as names elsewhere.
// `breach` is also the event kind in `expect event breach of X in 2013`.
ident : IDENT | 'pro-rata' | 'arrears' | 'balance' | 'party' | 'period' | 'total' | 'loser' | 'side' | 'repeat' | 'breach' ;
name  : ident ;

// ---------------------------------------------------------------- lexer
PERIOD  : DIGIT DIGIT DIGIT DIGIT ('Q' [1-4] | '-' DIGIT DIGIT) ;
PERCENT : NUMBER_BODY WS_INLINE? '%' ;
NUMBER  : NUMBER_BODY ;
STRING  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;   // `\"`, `\\`, `\n`, `\t`; `\x` is `x`
IDENT   : [a-zA-Z_] [a-zA-Z0-9_]* ;

COMMENT : '--' ~[\r\n]* -> channel(HIDDEN) ;
WS      : [ \t\r\n\f]+ -> channel(HIDDEN) ;

// Unterminated strings and stray characters become tokens we can name in our own words.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'? ;
STRAY   : . ;

fragment NUMBER_BODY : DIGIT+ ('_' DIGIT+)* ('.' DIGIT+)? ;
fragment DIGIT : [0-9] ;
fragment WS_INLINE : [ \t]+ ;
