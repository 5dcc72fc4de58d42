/**
 * First names the personal-data guard knows besides the generated list (first-names.ts): written by hand for this
 * project, no outside source. The generated list comes from first names given in France, so the transliterations
 * of some origins that counsellors meet are missing from it (Ukrainian, Albanian and Kosovar, Afghan, Eritrean and
 * Somali, Nigerian and Ghanaian, Congolese, Chinese, Vietnamese, Tamil, Polish written without its accents).
 *
 * Only names that are no French word, of three letters or more, folded (lower case, no accents); they join the
 * plain names of the generated list.
 */
export const MORE_FIRST_NAMES: readonly string[] = // Ukrainian and Russian transliterations
  (
    "dmytro mykola mykhailo mykhaylo oleksandr oleksandra oleksii oleksiy andrii andriy yurii yuriy serhii serhiy " +
    "volodymyr vitalii vitaliy taras vasyl kateryna olha tetiana tetyana nataliia natalya halyna liudmyla lyudmyla " +
    "viktoriia anastasiia sofiia yuliia khrystyna solomiia ivanna bohdana zlata yevhen yevheniia hryhorii heorhii " +
    // Albanian and Kosovar
    "driton gentian gezim shpend fjolla vjosa blerta albulena teuta mevlan nexhat xhemal shkelqim dritan genti " +
    "kushtrim mirlinda behar festim lulzim arbnor leutrim labinot valmir shpresa mimoza lumturie fitore " +
    // Afghan, Iranian and Kurdish
    "zabihullah ghulam habibullah shukria fereshteh sediqa masouda najibullah hekmatullah rahmatullah sayed " +
    "mohammadullah abdulrahman zarmina khadija nazanin mahtab roya soraya kawa rebwar dilshad hawre " +
    // Horn of Africa
    "tesfay tekle dawit kidane mehari semhar feven luwam abdullahi mohamud hodan hibo filmon yohannes haben " +
    "tsega senait abrehet mebrahtu ghebre habtom tesfaldet " +
    // Nigeria, Ghana, DR Congo and Central Africa
    "chinedu emeka chukwuemeka ngozi chiamaka adaeze oluwaseun olumide adebayo tunde kwabena akosua abena " +
    "mukendi tshimanga ilunga mbuyi kalala mwamba lukusa kapinga ngalula kabongo tshibola mbombo nsimba " +
    // Chinese, Vietnamese and Tamil
    "qiang xiu liang zhen xiaoming xiaoyan jianhua guoqiang trang hanh nhung cuong thilini tharshan sivakumar " +
    "kumaran tharani vithya jeyakumar " +
    // Polish written without its accents
    "grzegorz przemyslaw malgorzata grazyna wojtek zdzislaw jadwiga"
  ).split(" ");
